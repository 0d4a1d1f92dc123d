import { lookupRoster, lookupRosterState, type RosterHit } from '../../lexicon/roster.js';
import { phraseBreaksAfter, type SentencePieces } from './pieces.js';
import { parseName, type NameParse } from './phrases.js';
import { loadOfficialsLexicon } from '../../lexicon/officials.js';
import type { ExtractContext } from '../types.js';

// The dated roster speaks only where the text is silent: a person named without any office, or an
// official whose state the text does not give. Lookups run for candidate person names only (the first
// one loads the bundled roster).

/** who holds office under these name words on the article's date, from the user's roster or the bundled one */
export function rosterHolder(ctx: ExtractContext, tokens: readonly string[]): RosterHit | null {
  if (tokens.length === 0) return null;
  const date = ctx.roster?.date ?? null;
  const hit = lookupRoster(tokens, date, { user: ctx.roster?.user ?? null });
  // an opposition leader holds no public office
  if (!hit || hit.role === 'opposition' || !(hit.country || hit.role === 'igo')) return null;
  // undated, the roster knows only who holds office now: an old article's "Gordon Brown" is not Bermuda's;
  // without a date only a holder from a state the article names (or a user's own roster) is believed
  if (date === null && hit.origin === 'bundled' && hit.country && !ctx.countries.some((c) => c.code === hit.country)) return null;
  return hit;
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName'];

/**
 * Capitalised names compromise reads as a person's, not inside a known official's mention: a full name
 * ("Ana Ruiz"), or one word tagged as a person's name ("Blair"). The name and its sentence.
 */
export function untitledPersonNames(sentences: readonly SentencePieces[], covered: ReadonlySet<number>): Array<{ sp: SentencePieces; name: NameParse }> {
  const out: Array<{ sp: SentencePieces; name: NameParse }> = [];
  const { honorifics } = loadOfficialsLexicon();
  for (const sp of sentences) {
    const { pieces, allCaps } = sp;
    if (allCaps) continue;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i]!;
      // a name is read from its first word, honorifics left out (a run of "Mr." is read once, not once per word)
      if (!p.cap || honorifics.has(p.key) || covered.has(p.token.index) || (i > 0 && pieces[i - 1]!.cap && !phraseBreaksAfter(pieces[i - 1]) && !honorifics.has(pieces[i - 1]!.key))) continue;
      const name = parseName(sp.doc, pieces, i, allCaps);
      if (!name) continue;
      const words = pieces.slice(name.start, name.end);
      const personal = words.filter((w) => PERSON_TAGS.some((t) => w.token.tags.has(t))).length;
      if (!words.some((w) => covered.has(w.token.index)) && personal > 0 && (words.length >= 2 || (words[0]!.token.tags.has('LastName') && !words[0]!.token.tags.has('FirstName')))) out.push({ sp, name });
      i = name.end - 1;
    }
  }
  return out;
}

/**
 * The roster's state for a titled official the text leaves unplaced: the holder on the article's date
 * (official/country-roster), else the one state the roster knows the name to have served at any time
 * (official/country-roster-any-date: undated wire copy, or a date past the roster's knowledge). A
 * surname alone is believed only for a state the article names.
 */
export function rosterStateFor(ctx: ExtractContext, tokens: readonly string[]): { country: string; ruleId: string } | null {
  const held = rosterHolder(ctx, tokens)?.country;
  if (held) return { country: held, ruleId: 'official/country-roster' };
  const ever = lookupRosterState(tokens, { user: ctx.roster?.user ?? null });
  if (!ever || (!ever.byFullName && !ctx.countries.some((c) => c.code === ever.country))) return null;
  return { country: ever.country, ruleId: 'official/country-roster-any-date' };
}
