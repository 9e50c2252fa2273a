import { type CheckResult, createDetector } from '../../engine/index.ts';
import type { Io } from '../io.ts';
import { UsageError } from '../io.ts';
import { loadConfig } from '../load-config.ts';

export const CHECK_HELP = `schoolgate check --config FILE [--site SITE] [--school NAME]... [--no-implicit] "draft text"
schoolgate check --config FILE --jsonl < drafts.jsonl

Runs the detector on a draft and prints what it found: the mentions of the school and its
staff, the concerns (complaint, defamation, abuse, threat) and the clauses it would quote.

With --jsonl it reads lines {"id": "...", "text": "...", "site": "..."} from standard input and
writes one line each, in order: {"id", "nudge", "mentions", "concerns", "clauses"}. A line that
cannot be read gets {"id": ..., "error": "..."} and the rest go on.

  --site SITE      where the draft is typed (facebook, whatsapp, x …): picks posting or
                   messaging clauses
  --school NAME    for a trust or association config: a school the parent picked (repeatable;
                   default: the config's "school")
  --no-implicit    do not count unnamed references ("my son's teacher", "the head")
  --explain        also print the cues and scores behind the verdict`;

export interface CheckArgs {
  config?: string;
  site?: string;
  schools?: string[];
  implicit: boolean;
  jsonl: boolean;
  explain?: boolean;
  text: string[];
}

function compact(result: CheckResult, id: unknown) {
  return {
    id,
    nudge: result.nudge,
    mentions: result.mentions,
    concerns: [...new Set(result.concerns.map((c) => c.kind))],
    clauses: result.clauses.map((c) => c.id),
    ...(result.truncated ? { truncated: true } : {}),
  };
}

function readable(text: string, result: CheckResult, io: Io): void {
  io.out(result.nudge ? 'NUDGE — this draft would be paused with the school’s code' : 'OK — this draft would go straight through');
  if (result.mentions.length) {
    io.out('\nMentions:');
    for (const m of result.mentions) io.out(`  ${m.kind}${m.id ? ` ${m.id}` : ''}: "${m.text}" [${m.start}–${m.end}]`);
  } else io.out('\nMentions: none of the school or its staff');
  if (result.concerns.length) {
    io.out('\nConcerns:');
    for (const c of result.concerns) io.out(`  ${c.kind}: "${text.slice(c.start, c.end)}" [${c.start}–${c.end}]`);
  }
  if (result.clauses.length) {
    io.out('\nClauses it would quote:');
    for (const c of result.clauses) io.out(`  ${c.id} (${c.topics.join(', ')}): ${c.text}`);
  }
  if (result.truncated) io.out('\n(The draft was longer than the analysis limit; only its start was read.)');
  if (result.explain) {
    const scores = Object.entries(result.explain.scores).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
    io.out(`\nScores: ${scores}`);
    for (const c of result.explain.cues) io.out(`  ${c.kind} ${c.weight}: "${c.text}"`);
  }
}

export async function check(args: CheckArgs, io: Io): Promise<number> {
  if (!args.config) throw new UsageError('check needs --config FILE');
  const config = await loadConfig(args.config, io);
  const detector = createDetector(config, { schools: args.schools, implicit: args.implicit });
  if (!args.jsonl) {
    const text = args.text.join(' ');
    if (!text.trim()) throw new UsageError('check needs the draft text (or --jsonl)');
    readable(text, detector.check(text, { site: args.site, explain: args.explain }), io);
    return 0;
  }
  for await (const line of io.readStdin()) {
    if (!line.trim()) continue;
    let row: { id?: unknown; text?: unknown; site?: unknown };
    try {
      row = JSON.parse(line) as typeof row;
    } catch {
      io.out(JSON.stringify({ id: null, error: 'not a JSON line' }));
      continue;
    }
    const id = row && typeof row === 'object' ? (row.id ?? null) : null;
    if (!row || typeof row !== 'object' || Array.isArray(row)) {
      io.out(JSON.stringify({ id: null, error: 'a line must be a JSON object with "id" and "text"' }));
      continue;
    }
    if (typeof row.text !== 'string') {
      io.out(JSON.stringify({ id, error: '"text" must be a string' }));
      continue;
    }
    const site = typeof row.site === 'string' ? row.site : args.site;
    io.out(JSON.stringify(compact(detector.check(row.text, { site }), id)));
  }
  return 0;
}
