// What a word list cannot know: which words are people's first names, and whether they name a boy
// or a girl ("Lila", "jayden", "Maisie"). The detector uses it to tell the parent's own child ("my
// son Jayden … he") and other children from the staff a pronoun might refer to. The names and
// their gender are compromise's lexicon, shipped as generated data (./data/first-names.ts):
// loading compromise itself costs ~100 ms on a page, and its tagger ~2 ms per 280 characters
// (npm run bench) while finding, on our drafts, no name the lexicon missed.
import { FIRST_NAMES } from './data/first-names.ts';

export type NameGender = 'm' | 'f' | 'n';

let names: Map<string, NameGender> | undefined;

function lexicon(): Map<string, NameGender> {
  if (!names) {
    names = new Map();
    for (const entry of FIRST_NAMES.split(' ')) {
      const at = entry.lastIndexOf(':');
      names.set(entry.slice(0, at), entry.slice(at + 1) as NameGender);
    }
  }
  return names;
}

/** The gender compromise's lexicon gives a first name, or undefined when it is not one. */
export function nameGender(word: string): NameGender | undefined {
  return lexicon().get(word);
}
