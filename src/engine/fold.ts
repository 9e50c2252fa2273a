// Folding: the draft as the matcher sees it — lower case, no diacritics, one kind of apostrophe,
// dash and space, no invisible characters — with a map from every folded character back to the
// original text, so that every offset the detector reports indexes the draft as typed.

export interface Folded {
  /** The original draft (possibly truncated to the analysis limit). */
  original: string;
  /** The folded text. */
  text: string;
  /** For folded index i: where its source character starts in `original`. */
  start: Uint32Array;
  /** For folded index i: where its source character ends in `original`. */
  end: Uint32Array;
}

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02BC', '\u02BB', '`', '\u00B4', '\u2032', '\uFF07']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D']);
// Removed entirely: zero-width spaces and joiners, word joiner, BOM, soft hyphen, bidi controls.
const INVISIBLE = /^[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u202A-\u202E\u2066-\u2069\u180E]$/u;
const SPACES = /^[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]$/u;
const LINE_BREAKS = /^[\r\u2028\u2029\u0085]$/u;
const SPECIAL: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd',
  ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ı: 'i', ĸ: 'k', ŉ: "'n",
};

const cache = new Map<string, string>();

/** How one character (a code point) folds; '' drops it. */
function foldChar(ch: string): string {
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  if (APOSTROPHES.has(ch)) out = "'";
  else if (DASHES.has(ch)) out = '-';
  else if (INVISIBLE.test(ch)) out = '';
  else if (SPACES.test(ch)) out = ' ';
  else if (LINE_BREAKS.test(ch)) out = '\n';
  else if (SPECIAL[ch] !== undefined) out = SPECIAL[ch];
  else if (/\p{M}/u.test(ch)) out = '';
  else {
    const decomposed = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    // Keep emoji and symbols whose compatibility form would change their meaning as they are.
    out = (/^[\p{L}\p{N}\s'.,-]+$/u.test(decomposed) ? decomposed : ch).toLowerCase();
    if (out.length > 4) out = ch.toLowerCase();
  }
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

// eslint-disable-next-line no-control-regex
const NOT_ASCII = /[^\x00-\x7f]/;

export function fold(original: string): Folded {
  const n = original.length;
  if (!NOT_ASCII.test(original)) {
    // All ASCII (most drafts, nearly all names): one character each way.
    const start = new Uint32Array(n);
    const end = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      start[i] = i;
      end[i] = i + 1;
    }
    const text = original.toLowerCase().replace(/\r/g, '\n').replace(/\t/g, ' ');
    return { original, text, start, end };
  }
  // Folding rarely grows the text (ß → ss); size for the worst case of a few expansions.
  let capacity = n + 16;
  let start = new Uint32Array(capacity);
  let end = new Uint32Array(capacity);
  const parts: string[] = [];
  let length = 0;
  const push = (s: string, from: number, to: number) => {
    if (length + s.length > capacity) {
      capacity = Math.max(capacity * 2, length + s.length + 16);
      const ns = new Uint32Array(capacity);
      const ne = new Uint32Array(capacity);
      ns.set(start);
      ne.set(end);
      start = ns;
      end = ne;
    }
    for (let k = 0; k < s.length; k++) {
      start[length] = from;
      end[length] = to;
      length++;
    }
    parts.push(s);
  };
  for (let i = 0; i < n; ) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      // ASCII fast path.
      const ch = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 13 ? '\n' : code === 9 ? ' ' : original[i]!;
      push(ch, i, i + 1);
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const ch = original.slice(i, i + width);
    const folded = foldChar(ch);
    if (folded) push(folded, i, i + width);
    i += width;
  }
  const text = parts.join('');
  return { original, text, start: start.subarray(0, length), end: end.subarray(0, length) };
}

/** Maps a folded span [from, to) back to the original text. */
export function toOriginal(folded: Folded, from: number, to: number): { start: number; end: number } {
  if (folded.text.length === 0) return { start: 0, end: 0 };
  const a = Math.min(Math.max(from, 0), folded.text.length - 1);
  const b = Math.min(Math.max(to - 1, a), folded.text.length - 1);
  return { start: folded.start[a]!, end: folded.end[b]! };
}
