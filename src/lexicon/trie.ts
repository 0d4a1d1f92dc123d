export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

export function createTrie<T>(): TrieNode<T> {
  return { next: new Map() };
}

// Returns false when the phrase was already present (the first entry wins).
export function insertPhrase<T>(root: TrieNode<T>, words: readonly string[], value: T): boolean {
  let node = root;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map() };
      node.next.set(w, child);
    }
    node = child;
  }
  if (node.value !== undefined) return false;
  node.value = value;
  return true;
}

// Longest phrase starting at `from`; `keyAt(i)` gives the folded word at position i or undefined past the end.
export function longestMatch<T>(
  root: TrieNode<T>,
  from: number,
  keyAt: (i: number) => string | undefined,
): { value: T; length: number } | undefined {
  let node: TrieNode<T> | undefined = root;
  let best: { value: T; length: number } | undefined;
  for (let i = from; node; i++) {
    const key = keyAt(i);
    if (key === undefined) break;
    node = node.next.get(key);
    if (node?.value !== undefined) best = { value: node.value, length: i - from + 1 };
  }
  return best;
}
