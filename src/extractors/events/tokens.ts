import { foldWord } from '../../lexicon/fold.js';
import { longestMatch, type TrieNode } from '../../lexicon/trie.js';
import type { Token } from '../../pipeline/document.js';

const keys = new WeakMap<Token, string>();

/** Folded word of a token, possessive and edge punctuation removed: "Pakistan’s" → "pakistan". */
export function tokenKey(t: Token | undefined): string {
  if (!t) return '';
  // the rules look at each token many times, through overlapping windows
  let key = keys.get(t);
  if (key !== undefined) return key;
  // compromise expands contractions into a second, empty-text term whose machine form is the word
  key =
    t.text === ''
      ? foldWord(t.machine)
      : foldWord(t.normal || t.text)
          .replace(/'s$|'$/, '')
          .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  keys.set(t, key);
  return key;
}

export function isNegation(t: Token | undefined, negationWords: ReadonlySet<string>): boolean {
  if (!t) return false;
  if (t.tags.has('Negative')) return true;
  const k = tokenKey(t);
  return negationWords.has(k) || k.endsWith("n't");
}

/** Comma, semicolon or colon right after a token: a clause boundary for our short-range rules. */
export function breaksAfter(t: Token | undefined): boolean {
  return !!t && /[;:,]|[-–—]\s/.test(t.post);
}

export function matchAt<T>(trie: TrieNode<T>, tokens: readonly Token[], from: number, last: number): { value: T; length: number } | undefined {
  return longestMatch(trie, from, (i) => (i <= last ? tokenKey(tokens[i]) : undefined));
}
