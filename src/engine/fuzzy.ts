// Small string-similarity helpers for names: one edit (Damerau), masks ("H*rper") and a
// deletion index (SymSpell's idea) so that a misspelt token finds its name without comparing it
// to every name.

/** True when a and b differ by at most one insertion, deletion, substitution or swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A masked token ("h*rper", "s***") as a pattern: each run of k stars stands for k letters, or
 * k ± 1 with `loose` (people do not count stars carefully when hiding a swear word). */
export function maskPattern(masked: string, loose = false): RegExp {
  const source = masked.replace(/[^*]+|\*+/g, (part) => {
    if (!part.startsWith('*')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const k = part.length;
    return loose ? `\\p{L}{${Math.max(1, k - 1)},${k + 1}}` : `\\p{L}{${k}}`;
  });
  return new RegExp(`^${source}$`, 'u');
}

export function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Finds keys within one edit of a word, via their one-letter deletions. */
export class DeletionIndex<T> {
  private readonly exact = new Map<string, T[]>();
  private readonly byDelete = new Map<string, string[]>();

  add(key: string, value: T): void {
    const list = this.exact.get(key);
    if (list) {
      list.push(value);
      return;
    }
    this.exact.set(key, [value]);
    for (const d of new Set(deletes(key))) {
      const keys = this.byDelete.get(d);
      if (keys) keys.push(key);
      else this.byDelete.set(d, [key]);
    }
  }

  get(key: string): T[] | undefined {
    return this.exact.get(key);
  }

  /** Values whose key is within one edit of `word` but not equal to it. */
  near(word: string): { key: string; values: T[] }[] {
    const keys = new Set<string>();
    for (const k of this.byDelete.get(word) ?? []) keys.add(k); // word lacks a letter
    for (const d of deletes(word)) {
      if (this.exact.has(d)) keys.add(d); // word has an extra letter
      for (const k of this.byDelete.get(d) ?? []) keys.add(k); // substitution or swap
    }
    keys.delete(word);
    const out: { key: string; values: T[] }[] = [];
    for (const key of keys) if (withinOneEdit(word, key)) out.push({ key, values: this.exact.get(key)! });
    return out;
  }

  keys(): IterableIterator<string> {
    return this.exact.keys();
  }
}
