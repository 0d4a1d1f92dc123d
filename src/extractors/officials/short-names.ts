import { GRAMMAR_WORDS } from '../../lexicon/grammar-words.js';

// Short forms of a full name that are not its surname: "PM Shehbaz" (the given name) for Shehbaz Sharif,
// "Lula" (a middle name the person is known by) for Luiz Inácio Lula da Silva. Tokens are folded name
// tokens (officials.ts nameTokens).

const PARTICLES = GRAMMAR_WORDS.nameParticles;

/** one token standing for a fuller name: its given name, or a middle name of a name of three or more words */
export function shortNameFits(token: string, full: readonly string[]): boolean {
  if (full.length < 2 || token.length <= 2 || PARTICLES.has(token)) return false;
  if (token === full[0]) return true;
  return full.length >= 3 && full.slice(1, -1).includes(token);
}

/** true when a one-word name is the surname of the person (the ordinary case), not a short form */
export const isSurname = (token: string, full: readonly string[]): boolean => full[full.length - 1] === token;

/**
 * Which of the people a name fits it names: the only one, or, for a one-word name, none when it fits
 * two people ("Ana" with Ana Ruiz and Ana Costa in one article); for longer names the one with the
 * shortest full name, as before.
 */
export function pickNamed<T extends { tokens: readonly string[] }>(name: readonly string[], fits: readonly T[]): T | null {
  if (fits.length === 0) return null;
  if (name.length === 1 && fits.length > 1 && fits.some((r) => !isSurname(name[0]!, r.tokens))) return null;
  return [...fits].sort((a, b) => a.tokens.length - b.tokens.length)[0]!;
}
