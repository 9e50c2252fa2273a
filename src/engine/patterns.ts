// A tiny pattern language over words, for the phrase-shaped cues (threats, rallying, grievances).
// Patterns are written as text so the lexicon reads like the language it describes:
//
//   "never replied|answered|rang"       alternatives with |
//   "watch ~your back"                  ~x: an optional word
//   "i will|ll * waiting"               *: any one word;  **: up to three words
//   "{POSS} back"                       {CLASS}: a named word class
//   "ignor*"                            a word ending in * matches by prefix ("ignored", "ignoring")
//   "(is not|isnt|never) ok"            a group: alternatives that are several words; ~(…) optional
//
// Each pattern is indexed by every word it can start with (looking through optional words), so
// a scan tries only the patterns that can match where it stands.

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

interface Element {
  /** A "(…|…)" group: alternatives that are each a sequence of elements. */
  alts?: Element[][];
  words: Set<string>;
  prefixes: string[];
  /** "*" (one word) or "**" (up to three). */
  any: boolean;
  optional: boolean;
  /** Minimum and maximum words taken. */
  min: number;
  max: number;
}

export interface CompiledPattern<T> {
  source: string;
  elements: Element[];
  data: T;
}

function element(part: string, classes: Record<string, Set<string>>): Element {
  const group = /^(~?)\((.*)\)$/.exec(part);
  if (group) {
    const alts = splitTop(group[2]!).map((alt) => compileElements(alt, classes));
    return { alts, words: new Set(), prefixes: [], any: false, optional: Boolean(group[1]), min: group[1] ? 0 : 1, max: 1 };
  }
  if (part === '*') return { words: new Set(), prefixes: [], any: true, optional: false, min: 1, max: 1 };
  if (part === '**') return { words: new Set(), prefixes: [], any: true, optional: true, min: 0, max: 3 };
  const optional = part.startsWith('~');
  const body = optional ? part.slice(1) : part;
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of body.split('|')) {
    const cls = /^\{(\w+)\}$/.exec(alt);
    if (cls) {
      const set = classes[cls[1]!];
      if (!set) throw new Error(`unknown word class {${cls[1]}}`);
      for (const w of set) words.add(w);
    } else if (alt.endsWith('*') && alt.length > 1) prefixes.push(alt.slice(0, -1));
    else if (alt) words.add(alt);
  }
  return { words, prefixes, any: false, optional, min: optional ? 0 : 1, max: 1 };
}

function matches(el: Element, w: string): boolean {
  if (el.any || el.words.has(w)) return true;
  for (let k = 0; k < el.prefixes.length; k++) if (w.startsWith(el.prefixes[k]!)) return true;
  return false;
}

function compileElements(source: string, classes: Record<string, Set<string>>): Element[] {
  return parts(source).map((part) => element(part, classes));
}

export function compilePattern<T>(source: string, data: T, classes: Record<string, Set<string>>): CompiledPattern<T> {
  return { source, elements: compileElements(source, classes), data };
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

/** End of a match of elements[e…] starting at word j, or -1 (first match found, longest-first). */
function matchFrom(elements: Element[], e: number, words: Word[], j: number, sentence: number): number {
  if (e === elements.length) return j;
  const el = elements[e]!;
  if (el.alts) {
    // Each alternative on its own (longest first), then the rest of the pattern.
    let best = -1;
    for (const alt of el.alts) {
      const altEnd = matchFrom(alt, 0, words, j, sentence);
      if (altEnd < 0) continue;
      const end = matchFrom(elements, e + 1, words, altEnd, sentence);
      if (end > best) best = end;
    }
    if (best >= 0) return best;
    return el.optional ? matchFrom(elements, e + 1, words, j, sentence) : -1;
  }
  for (let take = el.max; take >= el.min; take--) {
    let ok = true;
    for (let k = 0; k < take; k++) {
      const word = words[j + k];
      if (!word || word.sentence !== sentence || !matches(el, word.w)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const end = matchFrom(elements, e + 1, words, j + take, sentence);
    if (end >= 0) return end;
  }
  return -1;
}

/** Length of a match of `p` starting at words[i], or -1. Matches stay within one sentence. */
export function matchAt<T>(p: CompiledPattern<T>, words: Word[], i: number): number {
  const word = words[i];
  if (!word) return -1;
  const end = matchFrom(p.elements, 0, words, i, word.sentence);
  return end > i ? end - i : -1;
}

/**
 * Adds the words (and prefixes) a sequence can start with. Returns false when it cannot be
 * indexed: it may start with any word, or match nothing at all.
 */
function first(elements: Element[], words: Set<string>, prefixes: string[]): boolean {
  for (const el of elements) {
    if (el.any) return false;
    let nullable = el.optional;
    if (el.alts) {
      for (const alt of el.alts) {
        const altWords = new Set<string>();
        const altPrefixes: string[] = [];
        const indexed = first(alt, altWords, altPrefixes);
        if (!indexed) {
          // an alternative that can be empty lets the next element start the match
          if (!alt.every((x) => x.optional && !x.any)) return false;
          nullable = true;
        }
        for (const w of altWords) words.add(w);
        prefixes.push(...altPrefixes);
      }
    } else {
      for (const w of el.words) words.add(w);
      prefixes.push(...el.prefixes);
    }
    if (!nullable) return true;
  }
  return false;
}

/** Patterns indexed by the words they can start with. */
export class PatternSet<T> {
  private readonly byFirst = new Map<string, CompiledPattern<T>[]>();
  /** Prefix patterns ("ignor*"), keyed by their first two letters. */
  private readonly byPrefix = new Map<string, { prefix: string; pattern: CompiledPattern<T> }[]>();
  private readonly general: CompiledPattern<T>[] = [];

  constructor(entries: [string, T][], classes: Record<string, Set<string>>) {
    for (const [source, data] of entries) this.add(compilePattern(source, data, classes));
  }

  private add(p: CompiledPattern<T>): void {
    // The words that can stand first: through optional elements (and into groups) to the first
    // required one.
    const firstWords = new Set<string>();
    const firstPrefixes: string[] = [];
    if (!first(p.elements, firstWords, firstPrefixes)) {
      this.general.push(p);
      return;
    }
    for (const w of firstWords) {
      const list = this.byFirst.get(w);
      if (list) list.push(p);
      else this.byFirst.set(w, [p]);
    }
    for (const prefix of firstPrefixes) {
      const key = prefix.slice(0, 2);
      const list = this.byPrefix.get(key);
      if (list) list.push({ prefix, pattern: p });
      else this.byPrefix.set(key, [{ prefix, pattern: p }]);
    }
  }

  /** Every match in the words: [start, length, data]. Overlaps are allowed. */
  scan(words: Word[]): { start: number; length: number; data: T; source: string }[] {
    const out: { start: number; length: number; data: T; source: string }[] = [];
    const tryAt = (p: CompiledPattern<T>, i: number) => {
      const length = matchAt(p, words, i);
      if (length > 0) out.push({ start: i, length, data: p.data, source: p.source });
    };
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.w;
      const list = this.byFirst.get(w);
      if (list) for (let k = 0; k < list.length; k++) tryAt(list[k]!, i);
      const prefixed = this.byPrefix.get(w.slice(0, 2));
      if (prefixed) for (const { prefix, pattern } of prefixed) if (w.startsWith(prefix)) tryAt(pattern, i);
      for (let k = 0; k < this.general.length; k++) tryAt(this.general[k]!, i);
    }
    return out;
  }

  get size(): { indexed: number; prefix: number; general: number } {
    return { indexed: this.byFirst.size, prefix: [...this.byPrefix.values()].flat().length, general: this.general.length };
  }
}
