// compromise, for what a word list cannot know: which words are people's first names, and
// whether they name a boy or a girl ("Lila", "jayden", "Maisie"). The detector uses it to tell
// the parent's own child ("my son Jayden … he") and other children from the staff a pronoun might
// refer to. Only compromise's lexicon is consulted, per word: its tagger costs ~2 ms per 280
// characters (measured with npm run bench) and, on our drafts, found no name the lexicon missed.
import nlp from 'compromise/two';

export type NameGender = 'm' | 'f' | 'n';

let lexicon: Record<string, string> | undefined;

function words(): Record<string, string> {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
  return lexicon;
}

/** The gender compromise's lexicon gives a first name, or undefined when it is not one. */
export function nameGender(word: string): NameGender | undefined {
  const tag = words()[word];
  if (tag === 'MaleName') return 'm';
  if (tag === 'FemaleName') return 'f';
  if (tag === 'FirstName' || tag === 'Person') return 'n';
  return undefined;
}
