// Pure helpers behind the interstitial: which part of the draft to show, how the detector's spans
// become nested highlights, and the mailto: link. No DOM or Preact here, so they test in plain Node.
// Offsets are UTF-16 indexes into the draft string, as the detector reports them.

export type MentionKind = 'school' | 'staff' | 'implicit';
export type ConcernKind = 'complaint' | 'defamation' | 'abuse' | 'threat';

export interface Span {
  start: number;
  end: number;
}

/** A run of the draft inside one block: plain text, or a name when `names` is set. */
export interface Piece extends Span {
  names?: MentionKind[];
}

/** A run of the draft: plain, or the phrase behind one or more concerns when `concerns` is set. */
export interface Block extends Span {
  concerns?: ConcernKind[];
  pieces: Piece[];
}

/** One contiguous part of the draft that is shown; gaps between excerpts are drawn as "…". */
export interface Excerpt extends Span {
  blocks: Block[];
}

/** Draft characters shown at most; a longer draft is cut to the sentences around the highlights. */
export const MAX_SHOWN = 600;

/** The order concern lines and labels appear in, whatever order the detector found them. */
export const CONCERN_ORDER: readonly ConcernKind[] = ['complaint', 'defamation', 'abuse', 'threat'];
const MENTION_ORDER: readonly MentionKind[] = ['school', 'staff', 'implicit'];

interface Cluster<K> extends Span {
  kinds: K[];
}

/**
 * Overlapping spans become one cluster carrying every kind involved: "useless, nobody" (insult) and
 * "nobody answers" (complaint) read as one highlighted phrase, not three fragments. Spans that only
 * touch stay separate, so adjacent highlights keep their own labels.
 */
function clusters<K extends string>(spans: readonly (Span & { kind: K })[], order: readonly K[], length: number): Cluster<K>[] {
  const valid = spans
    .map((s) => ({ kind: s.kind, start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Cluster<K>[] = [];
  for (const s of valid) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (!last.kinds.includes(s.kind)) last.kinds.push(s.kind);
    } else {
      out.push({ start: s.start, end: s.end, kinds: [s.kind] });
    }
  }
  for (const c of out) c.kinds.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return out;
}

/** Splits [start, end) into runs: plain, or inside a cluster (clipped to the range), which `make` labels. */
function split<K, T extends Span>(start: number, end: number, marks: Cluster<K>[], make: (s: Span, kinds?: K[]) => T): T[] {
  const out: T[] = [];
  let at = start;
  for (const m of marks) {
    const a = Math.max(m.start, start);
    const b = Math.min(m.end, end);
    if (b <= a) continue;
    if (a > at) out.push(make({ start: at, end: a }));
    out.push(make({ start: a, end: b }, m.kinds));
    at = b;
  }
  if (at < end) out.push(make({ start: at, end }));
  return out;
}

// A sentence ends after . ! ? or … (with any closing quotes or brackets) and the spaces that follow,
// or at a line break: parents' posts are often a line per thought with no full stops.
const SENTENCE_END = /[.!?…]+["'”’)\]]*\s+|\n+/g;

function sentenceStarts(draft: string): number[] {
  const starts = [0];
  for (const m of draft.matchAll(SENTENCE_END)) starts.push(m.index + m[0].length);
  return starts;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const isLowSurrogate = (ch: string | undefined) => ch !== undefined && /[\uDC00-\uDFFF]/.test(ch);
const isHighSurrogate = (ch: string | undefined) => ch !== undefined && /[\uD800-\uDBFF]/.test(ch);

/** Trims whitespace off a range's ends (the draft itself is never changed, only what is shown). */
function trim(draft: string, r: Span): Span {
  let { start, end } = r;
  while (start < end && isSpace(draft[start])) start++;
  while (end > start && isSpace(draft[end - 1])) end--;
  return { start, end };
}

/** The whole sentences that contain the span. */
function sentencesAround(draft: string, starts: number[], span: Span): Span {
  let first = 0;
  while (first + 1 < starts.length && starts[first + 1]! <= span.start) first++;
  let last = first;
  while (last + 1 < starts.length && starts[last + 1]! < span.end) last++;
  return trim(draft, { start: starts[first]!, end: starts[last + 1] ?? draft.length });
}

/**
 * A window of at most `room` characters around the span, inside `within` (its sentence), cut at
 * spaces where possible and never through a surrogate pair, so no emoji is shown half.
 */
function windowAround(draft: string, within: Span, span: Span, room: number): Span {
  if (span.end - span.start >= room) {
    let end = span.start + room;
    if (isHighSurrogate(draft[end - 1])) end--;
    return { start: span.start, end };
  }
  const pad = Math.floor((room - (span.end - span.start)) / 2);
  let start = Math.max(within.start, span.start - pad);
  let end = Math.min(within.end, start + room);
  start = Math.max(within.start, end - room);
  // Move the cut to the next space, if one is near and the span stays whole.
  const space = draft.slice(start, span.start).search(/\s/);
  if (start > within.start && space >= 0 && space < 40) start += space + 1;
  const back = draft.slice(span.end, end).search(/\s\S*$/);
  if (end < within.end && back >= 0 && end - (span.end + back) < 40) end = span.end + back;
  if (isLowSurrogate(draft[start])) start++;
  if (isHighSurrogate(draft[end - 1])) end--;
  return trim(draft, { start, end });
}

function merge(ranges: Span[]): Span[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

const total = (ranges: Span[]) => ranges.reduce((n, r) => n + r.end - r.start, 0);

/**
 * The parts of the draft to show. A short draft is shown whole. A long one is cut to the sentences
 * holding the highlights, concerns first (they are why the pause appeared), then names, for as
 * many as fit in `max` characters.
 */
export function chooseRanges(draft: string, targets: Span[], max = MAX_SHOWN): Span[] {
  if (draft.length <= max) return [{ start: 0, end: draft.length }];
  const starts = sentenceStarts(draft);
  let chosen: Span[] = [];
  for (const target of targets) {
    if (target.end <= target.start || chosen.some((r) => r.start <= target.start && target.end <= r.end)) continue;
    const sentence = sentencesAround(draft, starts, target);
    let next = merge([...chosen, sentence]);
    if (total(next) > max) {
      const room = max - total(chosen);
      // Part of an over-long sentence is fine if the highlight itself fits with some context.
      if (chosen.length > 0 && room < target.end - target.start + 40) continue;
      next = merge([...chosen, windowAround(draft, sentence, target, room)]);
      if (total(next) > max) continue;
    }
    chosen = next;
  }
  if (chosen.length === 0) chosen = [windowAround(draft, { start: 0, end: draft.length }, { start: 0, end: 0 }, max)];
  return chosen;
}

export interface HighlightInput {
  mentions: readonly (Span & { kind: MentionKind })[];
  concerns: readonly (Span & { kind: ConcernKind })[];
}

/** The excerpts to show, each split into concern blocks and, inside them, name pieces. */
export function highlight(draft: string, { mentions, concerns }: HighlightInput, max = MAX_SHOWN): Excerpt[] {
  const names = clusters(mentions, MENTION_ORDER, draft.length);
  const phrases = clusters(concerns, CONCERN_ORDER, draft.length);
  const targets = [...phrases, ...names];
  return chooseRanges(draft, targets, max).map((range) => ({
    ...range,
    blocks: split(range.start, range.end, phrases, (s, kinds) => ({
      ...s,
      ...(kinds ? { concerns: kinds } : {}),
      pieces: split(s.start, s.end, names, (p, nameKinds) => ({ ...p, ...(nameKinds ? { names: nameKinds } : {}) })),
    })),
  }));
}

/**
 * A mailto: link with the whole draft as its body (RFC 6068): every part percent-encoded as UTF-8,
 * and line breaks sent as CRLF, which is what the RFC asks mail clients to receive.
 */
export function mailtoHref(email: string, subject: string, body: string): string {
  // The @ stays literal; anything else odd in the address ("?", "&", "%") is encoded.
  const address = email.split('@').map(encodeURIComponent).join('@');
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${address}?subject=${encode(subject)}&body=${encode(body)}`;
}
