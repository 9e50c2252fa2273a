// createDetector compiles a school config once; check() judges one draft. A cheap pass (folding,
// tokens, name indexes) runs on every draft; the analysis runs only when it finds the school,
// its staff or a parent's reference to them.
import type { Clause, SchoolConfig } from '../config/index.ts';
import { type Analysis, analyse, type Concern, type ConcernKind, type Gender } from './analyse.ts';
import { type Channel, channelFor, chooseClauses } from './clauses.ts';
import { type Folded, fold, toOriginal } from './fold.ts';
import { type Mention, resolveMentions } from './mentions.ts';
import { compileNames, findCandidates, type NameIndex } from './names.ts';
import { type Token, tokenize } from './tokens.ts';

export type { Concern, ConcernKind, Mention, Channel };

export interface DetectorOptions {
  /** For a trust or association: the schools the parent picked (names or aliases). Default: the config's `school`. */
  schools?: string[];
  /** Also notice unnamed references in a parent's voice ("my son's teacher", "the head"). Default true. */
  implicit?: boolean;
  /** Characters analysed; longer drafts are cut there and the result says so. Default 20,000. */
  maxLength?: number;
  /** Rethrow internal errors instead of failing open (for tests). */
  strict?: boolean;
}

export interface CheckOptions {
  /** Where the draft is typed: facebook, x, whatsapp … */
  site?: string;
  /** Overrides the channel the site implies (an Instagram DM is a message, not a post). */
  channel?: Channel;
  /** Include the cues and scores behind the verdict (for the CLI's --explain and debugging). */
  explain?: boolean;
}

export interface Explanation {
  scores: Record<string, number>;
  cues: { kind: string; weight: number; text: string }[];
}

export interface CheckResult {
  nudge: boolean;
  mentions: Mention[];
  concerns: Concern[];
  /** Clauses of the school's code to quote, most relevant first. */
  clauses: Clause[];
  /** The draft was longer than the analysis limit; only its start was read. */
  truncated: boolean;
  /** Set only when an internal error made the detector let the draft through. */
  error?: string;
  explain?: Explanation;
}

export interface Detector {
  readonly config: SchoolConfig;
  check(text: string, options?: CheckOptions): CheckResult;
}

export const DEFAULT_MAX_LENGTH = 20_000;

/** Complaint evidence an unnamed reference ("the head", "my son's school") needs to be stopped. */
const IMPLICIT_COMPLAINT_BAR = 2;

const empty = (truncated: boolean): CheckResult => ({ nudge: false, mentions: [], concerns: [], clauses: [], truncated });

function explainOf(analysis: Analysis, tokens: Token[], folded: Folded): Explanation {
  const words = analysis.words;
  return {
    scores: analysis.scores,
    cues: analysis.cues.map((c) => {
      const a = tokens[words[c.from]!.token]!;
      const lastWord = words[c.to - 1]!;
      const b = tokens[lastWord.last ?? lastWord.token]!;
      const { start, end } = toOriginal(folded, a.start, b.end);
      return { kind: c.kind, weight: Number(c.weight.toFixed(2)), text: folded.original.slice(start, end) };
    }),
  };
}

export function createDetector(config: SchoolConfig, options: DetectorOptions = {}): Detector {
  const index: NameIndex = compileNames(config, options.schools);
  const implicit = options.implicit ?? true;
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const genderOf = (id: string): Gender => {
    const title = index.staffById.get(id)?.title;
    return title === 'male' ? 'm' : title === 'female' ? 'f' : 'n';
  };

  function run(text: string, checkOptions: CheckOptions): CheckResult {
    let draft = typeof text === 'string' ? text : String(text ?? '');
    const truncated = draft.length > maxLength;
    if (truncated) {
      let cut = maxLength;
      // never split a surrogate pair
      if (/[\uD800-\uDBFF]/.test(draft[cut - 1] ?? '')) cut--;
      draft = draft.slice(0, cut);
    }
    const folded = fold(draft);
    const { tokens, marks, sentences } = tokenize(folded);
    const candidates = findCandidates(index, tokens, folded.text, implicit);
    if (candidates.length === 0) return empty(truncated);
    const { mentions, others } = resolveMentions(index, candidates, tokens, folded, { implicit });
    if (mentions.length === 0) return empty(truncated);

    const analysis = analyse({ tokens, marks, folded, mentions, others, sentences, genderOf });
    const explicit = mentions.some((m) => m.kind !== 'implicit');
    let concerns = analysis.concerns;
    if (!explicit) {
      // A parent's unnamed reference is stopped only for a clear concern.
      concerns = concerns.filter((c) => c.kind !== 'complaint' || analysis.scores.complaint >= IMPLICIT_COMPLAINT_BAR);
    }
    const kinds = [...new Set(concerns.map((c) => c.kind))] as ConcernKind[];
    const nudge = kinds.length > 0;
    const channel = checkOptions.channel ?? channelFor(checkOptions.site);
    return {
      nudge,
      mentions: mentions.map(({ kind, id, text: t, start, end }) => ({ kind, ...(id ? { id } : {}), text: t, start, end })),
      concerns: nudge ? concerns : [],
      clauses: nudge ? chooseClauses(config, kinds, channel) : [],
      truncated,
      ...(checkOptions.explain ? { explain: explainOf(analysis, tokens, folded) } : {}),
    };
  }

  return {
    config,
    check(text: string, checkOptions: CheckOptions = {}): CheckResult {
      try {
        return run(text, checkOptions);
      } catch (error) {
        if (options.strict) throw error;
        // Fail open: a bug here must never stop a parent posting.
        return { ...empty(false), error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
