// A fast tokenizer over folded text: words with the flags the matcher needs (possessive, hashtag,
// handle, masked, leetspeak reading, capitals as typed), sentence and clause numbers, and the
// emoji and punctuation marks that carry tone. Cheap enough to run on every draft; compromise
// runs later, and only around what this finds.
import type { Folded } from './fold.ts';

export interface Token {
  /** Lookup form: letters and digits, apostrophes removed, a possessive "'s" dropped. */
  norm: string;
  /** Folded text of the token as typed (lower case). */
  raw: string;
  /** Folded offsets [start, end). */
  start: number;
  end: number;
  index: number;
  sentence: number;
  /** Clause within the whole text (commas, semicolons, colons, dashes and "but" split clauses). */
  clause: number;
  /** Readings of a token that mixes letters with digits or symbols: "l0w" → ["low"]. */
  leet?: string[];
  possessive: boolean;
  hashtag: boolean;
  handle: boolean;
  /** Contains "*" or similar standing for hidden letters ("H*rper", "s***"). */
  masked: boolean;
  /** First letter upper case as typed. */
  capital: boolean;
  /** Every letter upper case as typed, two letters or more (shouting, or an acronym). */
  upper: boolean;
  /** Joined from a letter-by-letter spelling ("H-a-r-p-e-r"). */
  spelled: boolean;
  /** Sentence-initial word (its capital says little). */
  initial: boolean;
}

export interface Mark {
  kind: 'emoji' | 'exclaim' | 'question' | 'quote';
  text: string;
  start: number;
  end: number;
  sentence: number;
}

export interface Tokenized {
  tokens: Token[];
  marks: Mark[];
  sentences: number;
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '|': 'l' };
const TITLES_WITH_DOT = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'st', 'mx', 'fr', 'e.g', 'i.e', 'eg', 'ie', 'etc', 'vs', 'no']);

// ASCII first: the regexes only run for the rest.
function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /\p{L}/u.test(c);
}
function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return /[\p{L}\p{N}]/u.test(c);
}
function isUpper(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /\p{Lu}/u.test(c);
}
function isEmoji(c: string): boolean {
  return c.charCodeAt(0) >= 0x2000 && /\p{Extended_Pictographic}/u.test(c);
}

/** Spans spelt letter by letter with one separator: "h-a-r-p-e-r", "h.a.r.p.e.r", "h a r p e r". */
function spelledSpans(text: string): Map<number, { end: number; letters: string }> {
  const spans = new Map<number, { end: number; letters: string }>();
  const re = /(?<![\p{L}\p{N}])\p{L}([-._ *])\p{L}(?:\1\p{L}){2,}(?![\p{L}\p{N}])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spans.set(m.index, { end: m.index + m[0].length, letters: m[0].replace(/[-._ *]/g, '') });
  }
  return spans;
}

function leetReadings(norm: string): string[] | undefined {
  if (!/[\p{L}]/u.test(norm) || !/[0-9@$!|]/.test(norm)) return undefined;
  const body = norm;
  if (/^\d+(st|nd|rd|th|s|pm|am|k|m|yo|yr|yrs|x|p)?$/.test(body)) return undefined; // 1st, 2pm, 10k …
  const first = body.replace(/[0-9@$!|]/g, (c) => LEET[c] ?? c);
  const readings = [first];
  if (body.includes('1')) readings.push(body.replace(/1/g, 'l').replace(/[0-9@$!|]/g, (c) => LEET[c] ?? c));
  return readings;
}

export function tokenize(folded: Folded): Tokenized {
  const text = folded.text;
  const original = folded.original;
  const tokens: Token[] = [];
  const marks: Mark[] = [];
  const spelled = text.length >= 7 ? spelledSpans(text) : new Map();
  let sentence = 0;
  let clause = 0;
  let sentenceStart = true;
  const n = text.length;
  let i = 0;

  const originalChar = (foldedIndex: number) => original[folded.start[foldedIndex] ?? 0] ?? '';

  const pushToken = (start: number, end: number, raw: string, isSpelled: boolean) => {
    let body = raw;
    const hashtag = body.startsWith('#');
    const handle = body.startsWith('@');
    if (hashtag || handle) body = body.slice(1);
    let possessive = false;
    if (/'s$/.test(body) && body.length > 2) {
      possessive = true;
      body = body.slice(0, -2);
    } else if (/s'$/.test(body)) {
      possessive = true;
      body = body.slice(0, -1);
    }
    const norm = body.replace(/'/g, '').replace(/(?<=\p{L})#/gu, '*');
    if (!norm) return;
    const letterStart = hashtag || handle ? start + 1 : start;
    const first = originalChar(letterStart);
    let letters = 0;
    let uppers = 0;
    for (let k = letterStart; k < end; k++) {
      const c = originalChar(k);
      if (isLetter(c)) {
        letters++;
        if (isUpper(c)) uppers++;
      }
    }
    tokens.push({
      norm,
      raw,
      start,
      end,
      index: tokens.length,
      sentence,
      clause,
      leet: isSpelled ? undefined : leetReadings(norm),
      possessive,
      hashtag,
      handle,
      masked: /[*]/.test(norm) && /\p{L}/u.test(norm),
      capital: isUpper(first),
      upper: letters >= 2 && uppers === letters,
      spelled: isSpelled,
      initial: sentenceStart,
    });
    sentenceStart = false;
  };

  while (i < n) {
    const c = text[i]!;
    const span = spelled.get(i);
    if (span) {
      pushToken(i, span.end, span.letters, true);
      i = span.end;
      continue;
    }
    const startsWord =
      isWordChar(c) || ((c === '#' || c === '@') && i + 1 < n && isWordChar(text[i + 1]!) && (i === 0 || !isWordChar(text[i - 1]!)));
    if (startsWord) {
      let j = i + 1;
      while (j < n) {
        const d = text[j]!;
        if (isWordChar(d)) j++;
        else if ((d === "'" || d === '*') && j + 1 < n && (isWordChar(text[j + 1]!) || text[j + 1] === '*')) j++;
        else if (d === '#' && j > i && isLetter(text[j - 1]!) && j + 1 < n && (isLetter(text[j + 1]!) || text[j + 1] === '#')) j++;
        else if (d === '*' && j > i) j++; // trailing mask: "s***"
        else if ('@$!|'.includes(d) && j + 1 < n && isWordChar(text[j + 1]!) && isWordChar(text[j - 1]!)) j++;
        else if (d === "'" && text[j - 1] === 's' && (j + 1 >= n || !isWordChar(text[j + 1]!))) {
          j++; // plural possessive: parents'
          break;
        } else break;
      }
      pushToken(i, j, text.slice(i, j), false);
      i = j;
      continue;
    }
    if (c === '*' && i + 1 < n && isLetter(text[i + 1]!)) {
      // a word whose first letter is hidden: "*ucking"
      let j = i + 1;
      while (j < n && (isWordChar(text[j]!) || text[j] === '*')) j++;
      pushToken(i, j, text.slice(i, j), false);
      i = j;
      continue;
    }
    // Not a word: punctuation, space, emoji.
    const code = text.codePointAt(i)!;
    const ch = String.fromCodePoint(code);
    const width = ch.length;
    if (isEmoji(ch)) marks.push({ kind: 'emoji', text: ch, start: i, end: i + width, sentence });
    if (c === '!' || c === '?') {
      let j = i;
      while (j < n && (text[j] === '!' || text[j] === '?')) j++;
      const run = text.slice(i, j);
      marks.push({ kind: run.includes('?') ? 'question' : 'exclaim', text: run, start: i, end: j, sentence });
      sentence++;
      clause++;
      sentenceStart = true;
      i = j;
      continue;
    }
    if (c === '"' || c === '\u201C' || c === '\u201D') marks.push({ kind: 'quote', text: c, start: i, end: i + 1, sentence });
    if (c === '\n' || c === '\u2026') {
      const prev = tokens[tokens.length - 1];
      const afterTitle = c === '\n' && prev !== undefined && /^(mr|mrs|ms|miss|dr|mx|prof|sir)$/.test(prev.norm);
      if (!sentenceStart && !afterTitle) {
        sentence++;
        clause++;
      }
      sentenceStart = true;
    } else if (c === '.') {
      const prev = tokens[tokens.length - 1];
      const abbreviation = prev && prev.end === i && (TITLES_WITH_DOT.has(prev.norm) || prev.norm.length === 1);
      const nextIsSpace = i + 1 >= n || /\s/.test(text[i + 1]!);
      if (!abbreviation && nextIsSpace && !sentenceStart) {
        sentence++;
        clause++;
        sentenceStart = true;
      }
    } else if (c === ',' || c === ';' || c === ':' || c === '(' || c === ')' || (c === '-' && i > 0 && text[i - 1] === ' ')) {
      clause++;
    } else if (isEmoji(ch) && !sentenceStart) {
      // An emoji between two runs of words ends a thought: "Gutted 😭 Best head ever" is two
      // sentences; "👀 my cousin's a governor" goes on in lower case, a new clause.
      let k = i + width;
      while (k < n && k < i + width + 4 && text[k] === ' ') k++;
      if (k < n && isLetter(text[k]!)) {
        if (isUpper(originalChar(k))) {
          sentence++;
          sentenceStart = true;
        }
        clause++;
      }
    }
    i += width;
  }
  return { tokens, marks, sentences: sentence + 1 };
}
