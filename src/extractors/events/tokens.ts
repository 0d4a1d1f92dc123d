import { longestMatch, type TrieNode } from '../../lexicon/trie.js';
import type { Token } from '../../document/document.js';

/** Folded word of a token, possessive and edge punctuation removed: "Pakistan’s" → "pakistan". */
export function tokenKey(t: Token | undefined): string {
  return t ? t.key : '';
}

export function isNegation(t: Token | undefined, negationWords: ReadonlySet<string>): boolean {
  if (!t) return false;
  if (t.tags.has('Negative')) return true;
  const k = tokenKey(t);
  return negationWords.has(k) || k.endsWith("n't");
}


export function matchAt<T>(trie: TrieNode<T>, tokens: readonly Token[], from: number, last: number): { value: T; length: number } | undefined {
  return longestMatch(trie, from, (i) => (i <= last ? tokenKey(tokens[i]) : undefined));
}
