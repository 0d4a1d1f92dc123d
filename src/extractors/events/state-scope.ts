import type { EventLexicon } from '../../lexicon/event-lexicon.js';
import { STATE_SCOPE } from '../../lexicon/state-scope.js';
import { GRAMMAR_WORDS } from '../../lexicon/grammar-words.js';
import type { ExtractContext } from '../types.js';
import { tokenKey } from './tokens.js';

// Where in a document a state can act at all (issue 15, class 3 "not a state actor"), decided once per
// document before any trigger is read:
// - a sports report names national teams by their country ("England beat France", "Wales will meet
//   Italy", "Ireland promised a fast start"): there a country name is a team, and an event needs a
//   government actor in its own sentence (an official, a government word, an institution such as
//   "Downing Street"), or a pronoun right after an official;
// - a document with no official holding a state office, no government word and no institution at all
//   (a band's tour, a phone launch, a club's transfer) can still report a state event, but only with a state as the trigger's
//   own subject ("Japan and Korea agreed"): a person, a firm or a headline fragment is not enough.
// The rules with their examples: src/rules/event-constraints.ts (constraint/sports-teams,
// constraint/stateless-document).

export interface StateScope {
  /** a sports report: country names stand for national teams */
  readonly teams: boolean;
  /** no official holding a state office, government word or institution anywhere in the document */
  readonly stateless: boolean;
  /** a lone headline or one-sentence item: no body to judge its sentences by */
  readonly bodyless: boolean;
  /** sentences with an official, a government word or an institution standing for a state */
  readonly governmentSentences: ReadonlySet<number>;
  /** sentences with a state office holder, a government word or an institution */
  readonly stateSentences: ReadonlySet<number>;
}

const REFERRING = GRAMMAR_WORDS.personalPronouns;

const isStateTitle = (title: string | null): boolean => (title ?? '').toLowerCase().split(/[\s-]+/).some((w) => STATE_SCOPE.stateTitleWords.has(w));

export function stateScopeOf(lex: EventLexicon, ctx: ExtractContext, stateTokens: ReadonlySet<number>, countryTokens: ReadonlySet<number>): StateScope {
  const { tokens } = ctx.doc;
  const officialTokens = new Set<number>();
  const governmentSentences = new Set<number>();
  const stateSentences = new Set<number>();
  let officialMentions = 0;
  for (const o of ctx.officials) {
    // a film's "Director" or a band's "Head" is found by the officials pass but acts for no state; a
    // name the pass took for an official without any title ("Tony Blair") may well be one
    const state = o.title === null || isStateTitle(o.title);
    for (const m of o.mentions) {
      officialMentions++;
      for (let k = m.firstToken; k <= m.lastToken; k++) officialTokens.add(k);
      governmentSentences.add(m.sentence);
      if (state) stateSentences.add(m.sentence);
    }
  }
  const officialSentences = new Set(governmentSentences);
  let sport = 0;
  let government = 0;
  for (const t of tokens) {
    const k = tokenKey(t);
    if (STATE_SCOPE.sportCues.has(k)) sport++;
    const institution = stateTokens.has(t.index) && !countryTokens.has(t.index) && !officialTokens.has(t.index);
    if (lex.governmentWords.has(k) || institution) {
      government++;
      governmentSentences.add(t.sentence);
      stateSentences.add(t.sentence);
    }
  }
  // "he", "they" in the sentence after an official's: the official may be the one acting
  for (const t of tokens) {
    if (!REFERRING.has(tokenKey(t))) continue;
    if (officialSentences.has(t.sentence - 1) || officialSentences.has(t.sentence - 2)) governmentSentences.add(t.sentence);
  }
  return {
    teams: sport >= STATE_SCOPE.sportCuesMin && sport > 2 * (government + officialMentions),
    stateless: stateSentences.size === 0,
    bodyless: ctx.doc.sentences.length === 1 || ctx.doc.sentences.every((s) => ctx.article.headerSentences.has(s.index)),
    governmentSentences,
    stateSentences,
  };
}

/** A sentence of a sports report with no government actor in reach: its country names are teams. */
export const isTeamsSentence = (scope: StateScope, sentence: number): boolean => scope.teams && !scope.governmentSentences.has(sentence);

/**
 * No state office holder, government word or institution in this sentence or the two before it (for a
 * headline: in the whole document): only a state as the trigger's own subject makes an event.
 */
export function isStrictSentence(scope: StateScope, sentence: number, header: boolean): boolean {
  if (scope.bodyless) return false;
  if (header) return scope.stateless;
  const near = scope.stateSentences;
  return !near.has(sentence) && !near.has(sentence - 1) && !near.has(sentence - 2);
}
