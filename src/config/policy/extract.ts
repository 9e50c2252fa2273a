// Pasted text of a code of conduct → its clauses, numbered as in the document, text verbatim with
// the line breaks of a PDF repaired, and proposed topics. Also the code's title, its approval date
// and the schools it lists. Pure and total: any input gives a result, never an exception.
//
// How: lines are classified (./lines.ts), joined into blocks (a numbered clause with its wrapped
// lines, a bullet, a paragraph), then assembled. A bullet under a numbered clause or heading gets
// the letter of its place ("2.1a", "2.a"), prefixed with the lead-in it completes ("… will not
// tolerate any of the following behaviour online: Posting …"). The document is read from its
// first numbered heading to the first sign of a letter or signature; a contents page is a run of
// headings that numbering starts again after, and the run with the most clauses wins.
import { LIMITS, type Topic } from '../limits.ts';
import { isIsoDate } from '../schema.ts';
import { classifyLine, dropPageFurniture, isHeadingText, labelNumber, type Line, normaliseText, undoubleSpacing } from './lines.ts';
import { proposeTopics } from './topics.ts';

export interface ExtractedClause {
  id: string;
  text: string;
  topics: Topic[];
  /** The heading the clause sits under, when there is one ("Online messaging"). */
  section?: string;
}

export type PolicyNote =
  /** Nothing numbered: these are the bullet points of the text (a letter?). */
  | { kind: 'list-only'; letter: boolean }
  /** No clauses at all. */
  | { kind: 'no-code'; letter: boolean }
  | { kind: 'too-many'; found: number }
  | { kind: 'too-long'; id: string; length: number }
  | { kind: 'duplicate-id'; id: string; renamed: string };

export interface PolicyExtraction {
  /** 'code': numbered clauses or headings; 'list': only bullet points; 'none': nothing found. */
  kind: 'code' | 'list' | 'none';
  title?: string;
  /** ISO date the code was approved, when the document says so ("Approved by: … 17.7.24"). */
  approved?: string;
  clauses: ExtractedClause[];
  /** School names listed on their own lines (a trust's or association's schools). */
  schools: string[];
  /** The issuing body or school, when one line names it ("Halton Association of …", a lone school). */
  name?: string;
  notes: PolicyNote[];
}

type Block =
  | { kind: 'heading'; label: string; text: string }
  | { kind: 'clause'; label: string; text: string }
  | { kind: 'item'; label: string; text: string }
  | { kind: 'bullet'; label?: string; roman?: boolean; text: string; indent: number }
  | { kind: 'para'; text: string; headingLike: boolean; afterGap: boolean }
  | { kind: 'stop' };

/** Where the code ends and a letter, a form or a signature begins. */
const STOP =
  /^(?:please\s+(?:sign|complete|return)\b|dear\b|yours\s+(?:sincerely|faithfully)|kind\s+regards|best\s+wishes|many\s+thanks|signed\b|signature\b|(?:the\s+)?letter\s+to\s+parents|re\s*:|appendix\b|appendices\b|(?:parent(?:s|al)?(?:\s*\/\s*carers?)?\s+)?(?:agreement|consent|declaration)\s+form|i\s*\/\s*we\s+(?:have|agree|confirm)|\(address\b|name\s+of\s+(?:parent|child|pupil)\b)/i;
const LETTER = /^\s*dear\s+(?:parents?|carers?|families|parent\/carer|all)\b/im;
/** A wrapped line's first half ends in one of these: the sentence goes on. */
const HANGING = /(?:[,/&–—-]|\b(?:the|a|an|and|or|nor|of|to|in|on|for|with|by|at|from|its|their|our|your|any|all|as|that|which|who|whom|such|including|e\.g\.|i\.e\.|not|be|is|are|will|shall|may|can|must|should|has|have|this|these|those|other|than|into|about|between|under|upon|via|per))$/i;
const TERMINAL = /[.!?:;]["'’”)]?$/;
const startsLower = (text: string) => /^[\p{Ll}(]/u.test(text) || /^\d/.test(text) && !/^\d+[.)]/.test(text);

/** Prefixes kept when a word is split at a line end ("e-\nsafety" stays "e-safety"). */
const KEEP_HYPHEN = /(?:^|\s)(?:e|on|off|co|re|pre|non|anti|self|cyber|well|multi|inter|ex|part|full|short|long|year|after|up|sub|post|over|under|out|all|half|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-$/i;

/** Joins a wrapped line onto text: one space, or none inside a hyphenated word. */
function joinWrapped(before: string, after: string): string {
  const a = before.trimEnd();
  const b = after.trim();
  if (!a) return b;
  if (!b) return a;
  if (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b)) return KEEP_HYPHEN.test(a) ? `${a}${b}` : `${a.slice(0, -1)}${b}`;
  return `${a} ${b}`;
}

/** A clause is at most 2,000 characters; joining lines stops well past that. */
const MAX_BLOCK_CHARS = 3 * LIMITS.string;

const tidy = (text: string) => text.replace(/\s+/g, ' ').replace(/\s+([,.;:])(?=\s|$)/g, '$1').trim();

/** The document's typical line length (80th percentile), to tell a wrapped line from a short last one. */
function typicalWidth(lines: string[]): number {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 80;
}

/** Whether most text lines stop mid-sentence (a PDF's hard wraps) rather than at a paragraph's end. */
function isWrapped(lines: Line[]): boolean {
  const texts = lines.filter((l): l is Extract<Line, { kind: 'text' | 'clause' | 'item' }> => (l.kind === 'text' || l.kind === 'clause' || l.kind === 'item') && l.text.length > 0);
  if (texts.length < 4) return false;
  return texts.filter((l) => !TERMINAL.test(l.text)).length / texts.length > 0.5;
}

function toBlocks(raw: string[]): Block[] {
  const lines = raw.map(classifyLine);
  const wrapped = isWrapped(lines);
  const width = typicalWidth(raw);
  const blocks: Block[] = [];
  let gap = false;
  let pending: { label: string; dotted: boolean } | null = null;
  let lastRawLength = 0;
  let found = 0;
  let lastItem: { n: number; mark: string } | null = null;

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.kind === 'blank') {
      gap = true;
      continue;
    }
    if (line.kind === 'label') {
      pending = { label: line.label, dotted: line.dotted };
      gap = false;
      continue;
    }
    if (pending && line.kind === 'text') {
      const text = line.text;
      line = pending.dotted
        ? { kind: 'clause', label: pending.label, text }
        : isHeadingText(text)
          ? { kind: 'heading', label: pending.label, text, toc: false }
          : { kind: 'item', label: pending.label, text, mark: '.' };
    } else if (pending?.dotted && line.kind === 'bullet') {
      // "5.1" alone, then its bullets: a clause that is all bullets
      found++;
      blocks.push({ kind: 'clause', label: pending.label, text: '' });
    }
    pending = null;
    const last = blocks[blocks.length - 1];
    const rawLength = (raw[i] ?? '').trim().length;

    if (line.kind === 'text') {
      const text = line.text;
      if (found > 0 && STOP.test(text)) {
        // a letter or form follows; what comes after it is read as a document of its own
        if (last?.kind !== 'stop') blocks.push({ kind: 'stop' });
        lastRawLength = rawLength;
        gap = false;
        continue;
      }
      const headingLike = isHeadingText(text) && !TERMINAL.test(text);
      let joined = false;
      if (last && last.kind !== 'stop') {
        const lower = startsLower(text);
        const hanging = HANGING.test(last.text);
        switch (last.kind) {
          case 'heading':
            joined = !gap && lower && last.text.length < 60;
            break;
          case 'clause':
            // A numbered clause takes every line up to the next number, except a heading-like line
            // after a finished sentence and a gap (a running title, "Appendices", a letterhead).
            joined = !(gap && headingLike && TERMINAL.test(last.text));
            break;
          case 'item':
            // a numbered list's item is one paragraph: after a gap and a finished sentence, a new
            // sentence is the text around the list ("If posts that break the code continue, …")
            joined = !(gap && TERMINAL.test(last.text) && !lower);
            break;
          case 'bullet':
            joined = lower || hanging || (!gap && line.indent > last.indent + 1);
            break;
          case 'para': {
            const shortBefore = lastRawLength < width * 0.8;
            joined = lower || hanging || (!gap && wrapped && !(TERMINAL.test(last.text) && shortBefore) && !last.headingLike);
            break;
          }
        }
      }
      if (joined && last && last.kind !== 'stop') {
        // past any clause's length: the rest of a runaway paragraph is not worth joining
        if (last.text.length < MAX_BLOCK_CHARS) last.text = joinWrapped(last.text, text);
      } else blocks.push({ kind: 'para', text, headingLike, afterGap: gap });
    } else if (line.kind === 'heading' && lastItem !== null && Number(line.label) === lastItem.n + 1 && line.mark === lastItem.mark) {
      // "4. Be kind" after item 3 continues the list: a short item, not a new heading
      found++;
      lastItem = { n: lastItem.n + 1, mark: lastItem.mark };
      blocks.push({ kind: 'item', label: line.label, text: line.text });
    } else if (line.kind === 'heading') {
      // a contents page: one heading after another, each ending in its page number
      let j = i + 1;
      while (j < lines.length && j < i + 8 && lines[j]!.kind === 'blank') j++;
      if (line.toc && lines[j]?.kind === 'heading') continue;
      lastItem = null;
      blocks.push({ kind: 'heading', label: line.label, text: line.text });
    } else if (line.kind === 'clause' || line.kind === 'item') {
      found++;
      lastItem = line.kind === 'item' && /^\d+$/.test(line.label) ? { n: Number(line.label), mark: line.mark } : null;
      blocks.push({ kind: line.kind, label: line.label, text: line.text });
    } else if (line.kind === 'bullet') {
      found++;
      blocks.push({ kind: 'bullet', label: line.label, roman: line.roman, text: line.text, indent: line.indent });
    }
    lastRawLength = rawLength;
    gap = false;
  }
  return blocks;
}

interface Section {
  label: string | null;
  title: string;
}

interface Draft {
  /** 'n': from a dotted number; 'item': a single number (made "2.3" or "3" at the end); 'sec': lettered under a heading; 'flat': numbered by order */
  scheme: 'n' | 'item' | 'sec' | 'flat';
  label: string;
  suffix: string;
  text: string;
  lead?: string;
  section: Section | null;
}

function letter(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

interface Run {
  drafts: Draft[];
  numbered: boolean;
}

/** Assembles blocks into clauses; a new run starts where heading numbers start again. */
function assemble(blocks: Block[]): Run[] {
  const runs: Run[] = [];
  let run: Run = { drafts: [], numbered: false };
  let maxHeading = -Infinity;
  let section: Section | null = null;
  let sectionLetters = 0;
  let sectionHasNumbers = false;
  let sectionStart = 0;
  let flatCount = 0;
  let lead: string | undefined;
  // the numbered clause being built, and its bullets
  let current: { scheme: 'n' | 'item'; label: string; text: string; section: Section | null; subs: { label?: string; roman?: boolean; text: string; lead: boolean }[] } | null = null;
  let lastBulletLabel: string | undefined;

  const flush = () => {
    if (!current) return;
    const c = current;
    current = null;
    if (c.subs.length === 0) {
      run.drafts.push({ scheme: c.scheme, label: c.label, suffix: '', text: c.text, section: c.section });
      return;
    }
    let index = 0;
    for (const sub of c.subs) {
      const own = sub.label && !sub.roman ? sub.label : undefined;
      if (own) index = own.charCodeAt(0) - 97;
      const suffix = sub.roman && sub.label ? `(${sub.label})` : letter(index);
      index++;
      run.drafts.push({ scheme: c.scheme, label: c.label, suffix, text: sub.text, lead: sub.lead ? c.text : undefined, section: c.section });
    }
  };

  const endSection = () => {
    flush();
    // a section numbered clause by clause keeps only those: loose text before them is an introduction
    if (sectionHasNumbers) run.drafts = run.drafts.filter((d, i) => i < sectionStart || d.scheme !== 'sec');
  };

  const newRun = () => {
    endSection();
    runs.push(run);
    run = { drafts: [], numbered: false };
    maxHeading = -Infinity;
    section = null;
    flatCount = 0;
  };

  for (const block of blocks) {
    switch (block.kind) {
      case 'stop':
        newRun();
        lead = undefined;
        break;
      case 'heading': {
        const n = labelNumber(block.label);
        if (!Number.isNaN(n) && n <= maxHeading) newRun();
        else endSection();
        if (!Number.isNaN(n)) maxHeading = n;
        run.numbered = true;
        section = { label: block.label, title: tidy(block.text) };
        sectionLetters = 0;
        sectionHasNumbers = false;
        sectionStart = run.drafts.length;
        lead = undefined;
        lastBulletLabel = undefined;
        break;
      }
      case 'clause':
      case 'item': {
        flush();
        run.numbered = true;
        sectionHasNumbers = true;
        current = { scheme: block.kind === 'clause' ? 'n' : 'item', label: block.label, text: tidy(block.text), section, subs: [] };
        lead = undefined;
        lastBulletLabel = undefined;
        break;
      }
      case 'bullet': {
        const label = block.label;
        let roman = block.roman;
        // "i)" after "h)" is the letter i, not the roman one
        if (roman && label && lastBulletLabel && /^[a-z]$/.test(lastBulletLabel) && label.length === 1 && label.charCodeAt(0) === lastBulletLabel.charCodeAt(0) + 1) roman = false;
        lastBulletLabel = label;
        const text = tidy(block.text);
        // "• Parents must not:" followed by more bullets: a lead-in, not a clause
        if (!current && /:$/.test(text)) {
          lead = text;
          break;
        }
        if (current) {
          current.subs.push({ label, roman, text, lead: true });
        } else if (section) {
          const suffix = label ?? letter(sectionLetters);
          if (label && !roman) sectionLetters = label.charCodeAt(0) - 96;
          else sectionLetters++;
          run.drafts.push({ scheme: 'sec', label: section.label ?? '', suffix, text, lead, section });
        } else {
          flatCount++;
          run.drafts.push({ scheme: 'flat', label: String(flatCount), suffix: '', text, lead, section: null });
        }
        break;
      }
      case 'para': {
        const text = tidy(block.text);
        if (block.headingLike) break;
        // prose after a numbered list (see toBlocks) ends the list
        if (current?.scheme === 'item' && block.afterGap && current.subs.length === 0) flush();
        if (current) {
          if (current.subs.length === 0) current.text = tidy(`${current.text} ${text}`);
          else current.subs.push({ text, lead: false });
          break;
        }
        if (text.endsWith(':')) {
          lead = text;
          break;
        }
        lead = undefined;
        if (section) {
          run.drafts.push({ scheme: 'sec', label: section.label ?? '', suffix: letter(sectionLetters++), text, section });
        }
        break;
      }
    }
  }
  newRun();
  return runs.filter((r) => r.drafts.length > 0);
}

/** Final ids: dotted numbers as written; single numbers under headings as "2.3" when they restart per heading. */
function assignIds(drafts: Draft[]): { id: string; draft: Draft }[] {
  const itemLabelsBySection = new Map<string, Set<string>>();
  for (const d of drafts) {
    if (d.scheme !== 'item') continue;
    const key = d.section?.label ?? '';
    if (!itemLabelsBySection.has(key)) itemLabelsBySection.set(key, new Set());
    itemLabelsBySection.get(key)!.add(d.label);
  }
  const seen = new Set<string>();
  let restarts = false;
  for (const labels of itemLabelsBySection.values()) {
    for (const l of labels) {
      if (seen.has(l)) restarts = true;
      seen.add(l);
    }
  }
  return drafts.map((d) => {
    let id: string;
    if (d.scheme === 'n') id = `${d.label}${d.suffix}`;
    else if (d.scheme === 'item') id = `${restarts && d.section?.label ? `${d.section.label}.` : ''}${d.label}${d.suffix}`;
    else if (d.scheme === 'sec') id = d.label ? `${d.label}.${d.suffix}` : d.suffix;
    else id = d.label;
    return { id, draft: d };
  });
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function isoFrom(day: number, month: number, year: number): string | undefined {
  const y = year < 100 ? 2000 + year : year;
  const iso = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** "Approved by: The Governing Body 17.7.24" → 2024-07-17 (British day-month order). */
export function findApproved(text: string): string | undefined {
  for (const line of text.split('\n').slice(0, 80)) {
    if (!/\b(?:approved|ratified|adopted)\b/i.test(line)) continue;
    const numeric = /(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})\b/.exec(line);
    if (numeric) return isoFrom(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
    const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(line);
    if (iso) return isoFrom(Number(iso[3]), Number(iso[2]), Number(iso[1]));
    const words = /(\d{1,2})(?:st|nd|rd|th)?\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{4})/i.exec(line);
    if (words) return isoFrom(Number(words[1]), MONTHS.indexOf(words[2]!.toLowerCase()) + 1, Number(words[3]));
  }
  return undefined;
}

const TITLE_WORDS = /\b(?:code\s+of\s+conduct|social\s+media\s+(?:polic(?:y|ies)|guidance|guidelines|agreement|charter)|acceptable\s+use\s+polic(?:y|ies)|online\s+(?:conduct|behaviour\s+(?:code|policy)))\b/i;

/** The code's title: a title line near the top, else the name the text gives it. */
export function findTitle(lines: string[]): string | undefined {
  const top = lines.map((l) => l.trim()).filter(Boolean).slice(0, 40);
  for (let i = 0; i < top.length; i++) {
    const line = top[i]!;
    if (!TITLE_WORDS.test(line) || !/^[\p{Lu}\d‘'"“]/u.test(line) || /\bletter\b/i.test(line) || /[.;]$/.test(line) || line.split(/\s+/).length > 14) continue;
    if (/^(?:the|this|our|all|every|parents?)\b/i.test(line) && /\b(?:is|are|will|sets?|sits?|applies)\b/i.test(line)) continue;
    // "Policy No. 12 | Social Media Code of Conduct": the part that names the code
    let title = (line.split(/\s+[|–—]\s+/).find((part) => TITLE_WORDS.test(part)) ?? line).replace(/^[\d.\s]+/, '');
    const next = top[i + 1];
    if (next && /^(?:for|of|and|&)\b/i.test(next) && next.split(/\s+/).length <= 6) title = `${title} ${next}`;
    return tidy(title.replace(/:$/, ''));
  }
  const text = lines.join(' ').replace(/\s+/g, ' ');
  const named = /\b((?:Social Media |Online |Parents?['’]? )?Code of Conduct for Parents(?:\s*(?:\/|and|&)\s*[Cc]arers)?|Social Media Code of Conduct)\b/.exec(text);
  return named ? named[1] : undefined;
}

const SCHOOL_WORDS = /\b(?:School|Academy|College|Primary|Infants?|Juniors?|Nursery|High|Grammar|Sixth Form|C of E|CE|RC|Catholic)\b/i;
const NOT_A_SCHOOL = /\b(?:Association|Trust|Headteachers?|Code|Policy|Letter|Dear|Parents?|Carers?|Governors?|Governing|Conduct|Schools|Colleges|Federation)\b/i;

/** "OAKWOOD ACADEMY" → "Oakwood Academy"; names in mixed case are kept as written. */
function titleCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s(‘'-])(\p{L})/gu, (_, before: string, first: string) => before + first.toUpperCase()).replace(/\b(Of|And|The|Of E)\b(?!$)/g, (w, _x, offset: number) => (offset === 0 ? w : w.toLowerCase())).replace(/\bC of e\b/g, 'C of E').replace(/\b(Ce|Rc)\b/g, (w) => w.toUpperCase());
}

function isSchoolLine(line: string): boolean {
  const t = line.trim();
  return (
    t.length >= 4 &&
    t.length <= 90 &&
    /^[\p{Lu}‘'"]/u.test(t) &&
    !/[.:;,]$/.test(t) &&
    t.split(/\s+/).length <= 10 &&
    SCHOOL_WORDS.test(t) &&
    !NOT_A_SCHOOL.test(t) &&
    !/\b(?:will|must|should|shall|is|are)\b/.test(t)
  );
}

/** Schools named on lines of their own near each other: a trust's or association's list. */
export function findSchools(lines: string[]): { schools: string[]; single?: string } {
  const groups: string[][] = [];
  let group: string[] = [];
  let sinceLast = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (isSchoolLine(line)) {
      if (group.length && sinceLast > 1) {
        groups.push(group);
        group = [];
      }
      group.push(titleCase(tidy(line)));
      sinceLast = 0;
    } else {
      sinceLast++;
    }
  }
  if (group.length) groups.push(group);
  const lists = groups.filter((g) => g.length >= 2);
  const schools = [...new Set(lists.flat())];
  const single = schools.length === 0 ? groups.find((g) => g.length === 1)?.[0] : undefined;
  return { schools, single };
}

const BODY = /\b(?:Association|Trust|Federation|Partnership|Diocese|Collaborative|Alliance)\b/;

function findIssuer(lines: string[], single: string | undefined): string | undefined {
  for (const raw of lines.slice(0, 30)) {
    const line = raw.trim();
    if (BODY.test(line) && line.split(/\s+/).length <= 8 && /^[\p{Lu}]/u.test(line) && !/[.:;,]$/.test(line) && !/\b(?:will|must|is|are)\b/.test(line)) return titleCase(tidy(line));
  }
  return single;
}

export function extractPolicy(input: unknown): PolicyExtraction {
  const text = normaliseText(input);
  const rawLines = undoubleSpacing(dropPageFurniture(text.split('\n')));
  const runs = assemble(toBlocks(rawLines));
  // the run with the most clauses; on a tie the later one (the body after a contents page)
  let best: Run | undefined;
  for (const r of runs) if (!best || r.drafts.length >= best.drafts.length) best = r;

  const notes: PolicyNote[] = [];
  const letter = LETTER.test(text);
  const all = best ? assignIds(best.drafts) : [];
  if (all.length > LIMITS.clauses) notes.push({ kind: 'too-many', found: all.length });
  const ids = all.slice(0, LIMITS.clauses);
  const taken = new Set<string>();
  const clauses: ExtractedClause[] = ids.map(({ id, draft }) => {
    let unique = id;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${id} (${n})`;
    if (unique !== id) notes.push({ kind: 'duplicate-id', id, renamed: unique });
    taken.add(unique.toLowerCase());
    const full = draft.lead ? `${draft.lead} ${draft.text}` : draft.text;
    return {
      id: unique,
      text: full,
      topics: proposeTopics({ text: draft.text, lead: draft.lead, section: draft.section?.title }),
      ...(draft.section?.title ? { section: draft.section.title } : {}),
    };
  });
  for (const c of clauses) if (c.text.length > LIMITS.string) notes.push({ kind: 'too-long', id: c.id, length: c.text.length });

  const kind: PolicyExtraction['kind'] = clauses.length === 0 ? 'none' : best?.numbered ? 'code' : 'list';
  if (kind === 'list') notes.unshift({ kind: 'list-only', letter });
  if (kind === 'none') notes.unshift({ kind: 'no-code', letter });

  const { schools, single } = findSchools(rawLines);
  const title = findTitle(rawLines);
  const approved = findApproved(text);
  const name = findIssuer(rawLines, single);
  return {
    kind,
    ...(title ? { title } : {}),
    ...(approved ? { approved } : {}),
    clauses,
    schools,
    ...(name ? { name } : {}),
    notes,
  };
}
