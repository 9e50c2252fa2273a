// A tiny pattern language over words, for the phrase-shaped cues (threats, rallying, grievances).
// Patterns are written as text so the lexicon reads like the language it describes:
//
//   "never replied|answered|rang"       alternatives with |
//   "watch ~your back"                  ~x: an optional word
//   "i will|ll * waiting"               *: any one word;  **: up to three words
//   "{POSS} back"                       {CLASS}: a named word class
//   "ignor*"                            a word ending in * matches by prefix ("ignored", "ignoring")
//   "(is not|isnt|never) ok"            a group: alternatives that are several words; ~(…) optional

export interface Word {
  /** Lower-case lookup form. */
  w: string;
  /** Index of the draft token it came from (for offsets); virtual words share their token's. */
  token: number;
  /** For a word joined from two tokens ("mean-spirited"): the last of them. */
  last?: number;
  sentence: number;
  clause: number;
}

type Matcher = (w: string) => boolean;
interface Element {
  match: Matcher;
  optional: boolean;
  /** How many words it may take (1 for a word; 0–3 for "**"). */
  span: [number, number];
}

export interface CompiledPattern<T> {
  source: string;
  elements: Element[];
  data: T;
  /** Exact first words, when the first element is a plain word list (for indexing). */
  firstWords?: string[];
}

function wordMatcher(alternatives: string[], classes: Record<string, Set<string>>): Matcher {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const sets: Set<string>[] = [];
  for (const alt of alternatives) {
    const cls = /^\{(\w+)\}$/.exec(alt);
    if (cls) {
      const set = classes[cls[1]!];
      if (!set) throw new Error(`unknown word class {${cls[1]}}`);
      sets.push(set);
    } else if (alt.endsWith('*') && alt.length > 1) prefixes.push(alt.slice(0, -1));
    else exact.add(alt);
  }
  return (w) => exact.has(w) || prefixes.some((p) => w.startsWith(p)) || sets.some((s) => s.has(w));
}

export function compilePattern<T>(source: string, data: T, classes: Record<string, Set<string>>): CompiledPattern<T> {
  const elements: Element[] = [];
  let firstWords: string[] | undefined;
  for (const part of source.trim().split(/\s+/)) {
    if (part === '*') elements.push({ match: () => true, optional: false, span: [1, 1] });
    else if (part === '**') elements.push({ match: () => true, optional: true, span: [0, 3] });
    else {
      const optional = part.startsWith('~');
      const body = optional ? part.slice(1) : part;
      const alternatives = body.split('|');
      elements.push({ match: wordMatcher(alternatives, classes), optional, span: [optional ? 0 : 1, 1] });
      if (elements.length === 1 && !optional && alternatives.every((a) => !a.includes('*') && !a.startsWith('{'))) firstWords = alternatives;
    }
  }
  return { source, elements, data, firstWords };
}

/** Splits a pattern into its top-level parts, keeping "(…)" groups whole. */
function parts(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of source.trim()) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (depth !== 0) throw new Error(`unbalanced parentheses in pattern "${source}"`);
  if (current) out.push(current);
  return out;
}

/** Expands groups into plain patterns: "(is not|isnt) ok" → ["is not ok", "isnt ok"]. */
export function expand(source: string): string[] {
  let results: string[][] = [[]];
  for (const part of parts(source)) {
    const group = /^(~?)\((.*)\)$/.exec(part);
    if (!group) {
      results = results.map((r) => [...r, part]);
      continue;
    }
    const alternatives = splitTop(group[2]!).flatMap(expand);
    if (group[1]) alternatives.push('');
    results = results.flatMap((r) => alternatives.map((alt) => (alt ? [...r, alt] : r)));
  }
  return results.map((r) => r.join(' ')).filter(Boolean);
}

function splitTop(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of body) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  out.push(current.trim());
  return out;
}

/** Length of a match of `p` starting at words[i], or -1. Matches stay within one sentence. */
export function matchAt<T>(p: CompiledPattern<T>, words: Word[], i: number): number {
  const sentence = words[i]?.sentence;
  const go = (e: number, j: number): number => {
    if (e === p.elements.length) return j;
    const el = p.elements[e]!;
    if (el.span[1] === 3) {
      // "**": skip 0..3 words
      for (let k = 0; k <= 3; k++) {
        if (k > 0 && (j + k - 1 >= words.length || words[j + k - 1]!.sentence !== sentence)) break;
        const r = go(e + 1, j + k);
        if (r >= 0) return r;
      }
      return -1;
    }
    const word = words[j];
    if (word && word.sentence === sentence && el.match(word.w)) {
      const r = go(e + 1, j + 1);
      if (r >= 0) return r;
    }
    return el.optional ? go(e + 1, j) : -1;
  };
  const end = go(0, i);
  return end > i ? end - i : -1;
}

/** Patterns indexed by their first word, for a scan that tries only the patterns that can start. */
export class PatternSet<T> {
  private readonly byFirst = new Map<string, CompiledPattern<T>[]>();
  private readonly general: CompiledPattern<T>[] = [];

  constructor(entries: [string, T][], classes: Record<string, Set<string>>) {
    for (const [written, data] of entries) for (const source of expand(written)) this.add(source, data, classes);
  }

  private add(source: string, data: T, classes: Record<string, Set<string>>): void {
    {
      const p = compilePattern(source, data, classes);
      if (p.firstWords) {
        for (const w of p.firstWords) {
          const list = this.byFirst.get(w) ?? [];
          list.push(p);
          this.byFirst.set(w, list);
        }
      } else this.general.push(p);
    }
  }

  /** Every match in the words: [start, length, data]. Overlaps are allowed. */
  scan(words: Word[]): { start: number; length: number; data: T; source: string }[] {
    const out: { start: number; length: number; data: T; source: string }[] = [];
    for (let i = 0; i < words.length; i++) {
      const candidates = [...(this.byFirst.get(words[i]!.w) ?? []), ...this.general];
      for (const p of candidates) {
        const length = matchAt(p, words, i);
        if (length > 0) out.push({ start: i, length, data: p.data, source: p.source });
      }
    }
    return out;
  }
}
