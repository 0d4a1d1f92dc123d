import * as z from 'zod';
import data from '../../lexicon/regions.json' with { type: 'json' };
import { createTrie, insertPhrase, longestMatch, type TrieNode } from '../../lexicon/trie.js';
import { phraseBreaksAfter, type Piece } from './pieces.js';
import type { CountryMention } from '../types.js';

// "Ontario Premier Doug Ford", "Punjab Chief Minister X", "California's governor, Y": a sub-national
// office belongs to the state the region is in (official/country-region). Regions (regions.json) are
// not countries of the article; they only place the officials who govern them.

const code = z.string().regex(/^[A-Z]{2}$/);
export const regionsSchema = z.object({ $comment: z.string().optional(), regions: z.record(code, z.array(z.string().regex(/^[a-z][a-z -]*[a-z]$/)).min(1)) }).strict();

let trie: TrieNode<string[]> | undefined;
function regionTrie(): TrieNode<string[]> {
  if (trie) return trie;
  const t = createTrie<string[]>();
  const states = new Map<string, string[]>();
  for (const [state, names] of Object.entries(regionsSchema.parse(data).regions)) for (const n of names) states.set(n, [...(states.get(n) ?? []), state]);
  for (const [n, list] of states) insertPhrase(t, n.split(' '), list);
  trie = t;
  return t;
}

/** Throws on a malformed file: the tests call it. */
export const validateRegions = (value: unknown = data): void => void regionsSchema.parse(value);

/**
 * The state of the region written just before pieces[titleStart] ("Ontario Premier", "Ontario's
 * premier"), or null; a region of two states counts only when the article names exactly one of them.
 */
export function regionStateBefore(text: string, pieces: readonly Piece[], titleStart: number, countries: readonly CountryMention[]): string | null {
  // only a space or a possessive between region and title: "NEW YORK - President Bush" is a dateline
  const gap = titleStart > 0 ? text.slice(pieces[titleStart - 1]!.end, pieces[titleStart]!.start) : '';
  if (!/^(?:['’]s?)?\s+$/u.test(gap)) return null;
  for (let s = Math.max(0, titleStart - 4); s < titleStart; s++) {
    const first = pieces[s]!;
    if (!first.cap || first.country || (s > 0 && pieces[s - 1]!.cap && !phraseBreaksAfter(pieces[s - 1]))) continue;
    const m = longestMatch(regionTrie(), s, (k) => (k >= titleStart || (k > s && phraseBreaksAfter(pieces[k - 1])) ? undefined : pieces[k]!.key));
    if (!m || s + m.length !== titleStart || phraseBreaksAfter(pieces[titleStart - 1]) && !pieces[titleStart - 1]!.possessive) continue;
    if (m.value.length === 1) return m.value[0]!;
    const named = m.value.filter((c) => countries.some((x) => x.code === c));
    return named.length === 1 ? named[0]! : null;
  }
  return null;
}
