// compromise, for what a word list cannot know: which words in the draft are people's names and
// whether they name a boy or a girl ("Lila", "jayden", "Kaden"). The detector uses it to tell the
// parent's own child ("my son Jayden … he deserved it") and other children from the staff a
// pronoun might refer to. It runs only after the cheap pass has found the school or its staff,
// and only on a window of the draft around them, so long drafts stay fast.
import nlp from 'compromise/two';

export interface PersonName {
  /** Offsets in the original draft. */
  start: number;
  end: number;
  gender: 'm' | 'f' | 'n';
}

/** At most this many characters are tagged, around the references found. */
export const TAG_WINDOW = 1600;

export function personNames(text: string, focusStart: number, focusEnd: number): PersonName[] {
  let from = Math.max(0, focusStart - 400);
  let to = Math.min(text.length, Math.max(focusEnd + 600, from + 600));
  if (to - from > TAG_WINDOW) to = from + TAG_WINDOW;
  // start and end on word boundaries so compromise sees whole words
  while (from > 0 && /\S/.test(text[from - 1]!)) from--;
  while (to < text.length && /\S/.test(text[to]!)) to++;
  const window = text.slice(from, to);
  const out: PersonName[] = [];
  const doc = nlp(window);
  for (const match of doc.match('#Person+').json({ offset: true }) as {
    offset: { start: number; length: number };
    terms: { tags: string[]; text: string }[];
  }[]) {
    const terms = match.terms.filter((t) => !t.tags.includes('Honorific'));
    if (!terms.length) continue;
    const tags = new Set(terms.flatMap((t) => t.tags));
    const gender = tags.has('MaleName') ? 'm' : tags.has('FemaleName') ? 'f' : 'n';
    out.push({ start: from + match.offset.start, end: from + match.offset.start + match.offset.length, gender });
  }
  return out;
}
