// From pasted text to classified lines: the layout a PDF, Word or a web page leaves behind
// (odd spaces, private-use bullet glyphs, ligatures, Markdown emphasis, running headers and page
// numbers) is undone here, and each line is told apart as a heading, a numbered clause, a bullet
// or plain text. Pure: strings in, data out.

/** Pasted text beyond this is ignored: a code of conduct is a few pages, not a book. */
export const MAX_INPUT_CHARS = 400_000;

export type Line =
  | { kind: 'blank' }
  /** "2. E-safety and social media conduct", "Section 3: Online messaging", "IV. Review" */
  | { kind: 'heading'; label: string; text: string; toc: boolean; mark?: string }
  /** "2.1. The school expects …" (a dotted number: always a clause) */
  | { kind: 'clause'; label: string; text: string }
  /** "3. Parents must not …" (a single number before a sentence) */
  | { kind: 'item'; label: string; text: string; mark: string }
  /** "• Posting …", "- Complaining …", "a) Sending …", "(ii) …" */
  | { kind: 'bullet'; label?: string; roman?: boolean; text: string; indent: number }
  /** A number alone on its line ("2.1."), its text on the next line (table-like PDF layouts). */
  | { kind: 'label'; label: string; dotted: boolean }
  | { kind: 'text'; text: string; indent: number };

const LIGATURES: Record<string, string> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' };

/** Line breaks, spaces and invisible characters as plain ASCII structure; Markdown emphasis gone. */
export function normaliseText(raw: unknown): string {
  let text = typeof raw === 'string' ? raw : '';
  if (text.length > MAX_INPUT_CHARS) text = text.slice(0, MAX_INPUT_CHARS);
  return (
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?|[\u2028\u2029\f\v\u0085]/g, '\n')
      .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
      .replace(/\t/g, '    ')
      .replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c)
      // Markdown: bold and italic markers (a converted PDF or a page pasted as Markdown)
      .replace(/\*\*|__/g, '')
      .replace(/(^|[\s([‘'"“])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s)\].,;:!?’'"”])/gm, '$1$2')
      .replace(/^[ ]{0,3}#{1,6}[ ]+/gm, '')
      // Markdown links keep their words: "[complaints policy](https://…)" → "complaints policy"
      .replace(/\[([^\]\n]{1,200})\]\((?:https?:|mailto:|\/)[^)\s]{0,500}\)/g, '$1')
      // other control characters
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '')
  );
}

// Bullet glyphs: ASCII and typographic bullets, dashes, arrows and the Symbol/Wingdings glyphs
// (U+F0B7 and friends) that Word's bullets become when a PDF is copied.
// A lone "o" is Word's second-level bullet once pasted as text.
const BULLET = /^(?:([-–—•◦▪▫●○■□➢➤►▶✓✔*·‣⁃\uF0A7\uF0B7\uF076\uF0D8\uF0FC\uF0E0\uF0A8\uF06E\uF071])(?:\s+|(?=[A-Z‘'"“(]))|o\s+(?=\p{Lu}))/u;
const CLAUSE = /^(\d{1,2}(?:\.\d{1,3}){1,3})(?:\.|\)|:|\s+[-–—])?\s*(?=\S)/;
const LABEL_ONLY = /^(\d{1,2}(?:\.\d{1,3}){0,3})[.)]?$/;
const SECTION = /^(?:section|part|article)\s+(\d{1,2}|[IVX]{1,5}|[A-Z])\b\s*[.:)–—-]?\s*/i;
const NUMBERED = /^(\d{1,2})(?:[.)]|\s*[-–—:])?\s+(?=\S)/;
const ROMAN_HEAD = /^([IVX]{1,5})[.)]\s+(?=\S)/;
const LETTER = /^\(?([a-z])[).]\s+(?=\S)/;
const ROMAN_SUB = /^\(?((?:i{1,3}|iv|v|vi{1,3}|ix|x))\)\s*(?=\S)|^\(((?:i{1,3}|iv|v|vi{1,3}|ix|x))\)\s*(?=\S)/;
const UPPER_LETTER = /^\(?([A-Z])[).]\s+(?=\S)/;
/** A table of contents entry ends in its page number. */
const PAGE_NUMBER_END = /\s(?:\.{2,}\s*)?\d{1,3}$/;

const VERBS = /\b(?:will|must|should|shall|may|can|cannot|are|is|be|not|expects?|retains?|has|have|do|does)\b/i;

/** Short, starts with a capital, no closing punctuation, no verb: "E-safety and social media conduct". */
export function isHeadingText(text: string): boolean {
  const t = text.replace(PAGE_NUMBER_END, '').trim();
  if (!t || t.length > 80) return false;
  if (!/^[\p{Lu}\d‘'"“]/u.test(t)) return false;
  if (/[.;,]$/.test(t)) return false;
  const words = t.split(/\s+/).length;
  if (words > 9) return false;
  if (t.endsWith(':') && words > 5) return false;
  // "What parents can do" is a heading; "Parents will not attempt to friend staff" is not
  return words <= 5 || !VERBS.test(t) || /^(?:what|how|when|why|who|where|if|our|your)\b/i.test(t);
}

function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i]!.toUpperCase()] ?? 0;
    const next = values[roman[i + 1]?.toUpperCase() ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** A heading label as a number, for noticing when numbering starts again (a contents page). */
export function labelNumber(label: string): number {
  if (/^\d+$/.test(label)) return Number(label);
  if (/^[IVXLC]+$/i.test(label)) return romanValue(label);
  if (/^[A-Z]$/i.test(label)) return label.toUpperCase().charCodeAt(0) - 64;
  return Number.NaN;
}

/** Classifies one line (already normalised, not trimmed: the indent is kept). */
export function classifyLine(line: string): Line {
  const indent = /^ */.exec(line)![0].length;
  let rest = line.trim();
  if (!rest) return { kind: 'blank' };

  // "- 3.2. The …" and "- 1. Statement of intent 3": a bullet glyph before a number is layout only.
  const bullet = BULLET.exec(rest);
  const afterBullet = bullet ? rest.slice(bullet[0].length) : rest;
  if (!afterBullet.trim()) return { kind: 'blank' };

  const clause = CLAUSE.exec(afterBullet);
  if (clause && !/^\d/.test(afterBullet.slice(clause[0].length))) {
    const text = afterBullet.slice(clause[0].length).trim();
    // "2.0 Expectations": a heading numbered the way many policies number them
    const zero = /^(\d{1,2})\.0+$/.exec(clause[1]!);
    if (zero && isHeadingText(text)) return { kind: 'heading', label: zero[1]!, text: text.replace(PAGE_NUMBER_END, '').trim(), toc: PAGE_NUMBER_END.test(text) };
    return { kind: 'clause', label: clause[1]!, text };
  }
  const labelOnly = LABEL_ONLY.exec(afterBullet);
  if (labelOnly && afterBullet.length <= 12) return { kind: 'label', label: labelOnly[1]!, dotted: labelOnly[1]!.includes('.') };

  const section = SECTION.exec(afterBullet);
  if (section) {
    const text = afterBullet.slice(section[0].length).trim();
    if (!text || isHeadingText(text)) {
      return { kind: 'heading', label: section[1]!.toUpperCase(), text, toc: PAGE_NUMBER_END.test(text) };
    }
  }

  const numbered = NUMBERED.exec(afterBullet);
  if (numbered) {
    const text = afterBullet.slice(numbered[0].length).trim();
    const dotted = /[.)]/.test(numbered[0]);
    // what follows the number ("." or ")"): a list keeps one style, its headings may use another
    const mark = numbered[0].replace(/^\d+/, '').trim();
    // "3. Group chats:" introduces its bullets: an item with a lead-in, not a heading
    if (isHeadingText(text) && !text.endsWith(':')) return { kind: 'heading', label: numbered[1]!, text: text.replace(PAGE_NUMBER_END, '').trim(), toc: PAGE_NUMBER_END.test(text), mark };
    // "12 months after …" is a wrapped line, not an item: an item has a dot or bracket and a capital.
    if (dotted && /^[\p{Lu}‘'"“(]/u.test(text)) return { kind: 'item', label: numbered[1]!, text, mark };
  }

  const romanHead = ROMAN_HEAD.exec(afterBullet);
  if (romanHead && afterBullet.length > romanHead[0].length) {
    const text = afterBullet.slice(romanHead[0].length).trim();
    if (isHeadingText(text)) return { kind: 'heading', label: romanHead[1]!, text: text.replace(PAGE_NUMBER_END, '').trim(), toc: PAGE_NUMBER_END.test(text) };
  }

  if (!bullet) {
    const roman = ROMAN_SUB.exec(afterBullet);
    if (roman) return { kind: 'bullet', label: roman[1] ?? roman[2], roman: true, text: afterBullet.slice(roman[0].length).trim(), indent };
    const letter = LETTER.exec(afterBullet);
    if (letter) return { kind: 'bullet', label: letter[1], text: afterBullet.slice(letter[0].length).trim(), indent };
    const upper = UPPER_LETTER.exec(afterBullet);
    if (upper) {
      const text = afterBullet.slice(upper[0].length).trim();
      if (isHeadingText(text)) return { kind: 'heading', label: upper[1]!, text, toc: PAGE_NUMBER_END.test(text) };
      if (/^[\p{Lu}‘'"“]/u.test(text)) return { kind: 'bullet', label: upper[1]!.toLowerCase(), text, indent };
    }
    return { kind: 'text', text: rest, indent };
  }
  rest = afterBullet.trim();
  // "• a) Sending …": a lettered item behind a glyph
  const letter = LETTER.exec(rest);
  if (letter) return { kind: 'bullet', label: letter[1], text: rest.slice(letter[0].length).trim(), indent };
  return { kind: 'bullet', text: rest, indent };
}

/** Running headers, footers and page numbers: lines that say where a page starts or ends. */
const PAGE_FURNITURE = [
  /^page\s+\d+(?:\s+of\s+\d+)?$/i,
  /[|–—-]\s*page\s+\d+(?:\s+of\s+\d+)?$/i,
  /^\d+\s*(?:\||of)\s*(?:page\s*)?\d*$/i,
  /^[-–—]?\s*\d{1,3}\s*[-–—]?$/,
  /^\d+\s*\|\s*page$/i,
];

/**
 * Drops page furniture: page numbers, and a line repeated on three or more pages (a running
 * header or footer such as "LAT022 Version 1 Updated October 2023"). Lowercase lines are kept:
 * they are the tail of a wrapped sentence ("or other sites"), however often they repeat.
 */
export function dropPageFurniture(lines: string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = line.trim();
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return lines.map((line) => {
    const key = line.trim();
    if (!key) return line;
    if (PAGE_FURNITURE.some((re) => re.test(key))) return '';
    const bulletless = !BULLET.test(key) && !CLAUSE.test(key);
    if ((counts.get(key) ?? 0) >= 3 && key.length <= 100 && /^[\p{Lu}\d]/u.test(key) && bulletless && !/[.:]$/.test(key)) return '';
    return line;
  });
}

/**
 * A PDF copied with a blank line after every line (as the Halton primary code is) carries no
 * meaning in single blank lines: this halves every run of blank lines, so only the real gaps
 * (page breaks, paragraph spacing) remain.
 */
export function undoubleSpacing(lines: string[]): string[] {
  let textLines = 0;
  let followedBySingleBlank = 0;
  let midSentence = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    textLines++;
    if (i + 2 < lines.length && !lines[i + 1]!.trim() && lines[i + 2]!.trim()) {
      followedBySingleBlank++;
      if (!/[.!?:;]["'’”)]?$/.test(line)) midSentence++;
    }
  }
  // Paragraphs of one line each with a blank line between (a Word or web page paste) look the
  // same, but their lines end sentences; a double-spaced PDF's lines mostly stop mid-sentence.
  if (textLines < 6 || followedBySingleBlank / textLines < 0.6 || midSentence / followedBySingleBlank < 0.4) return lines;
  const out: string[] = [];
  let blanks = 0;
  for (const line of lines) {
    if (!line.trim()) {
      blanks++;
      continue;
    }
    for (let i = 0; i < Math.floor(blanks / 2); i++) out.push('');
    blanks = 0;
    out.push(line);
  }
  return out;
}
