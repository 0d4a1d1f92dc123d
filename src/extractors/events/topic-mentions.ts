import { GRAMMAR_WORDS } from '../../lexicon/grammar-words.js';
import type { EventLexicon } from '../../lexicon/event-lexicon.js';
import type { ParsedDoc, Token } from '../../document/document.js';
import type { CountryMention } from '../types.js';
import { tokenKey } from './tokens.js';

// A country can be named in an event's sentence without taking part in it (issue 15, class 13): the
// topic or target of the event ("a summit in Oslo on Sudan", "a resolution against Serbia", "talked
// about Afghanistan"), a third state's act ("missile launches by North Korea") or a place that is
// only the scene of something else ("the war in Ukraine", "an air base in Poland"). Such a mention is
// not a party; an official of that country, named in the sentence, still is. "on" is weaker: the topic of
// talks ("a summit on Sudan") but maybe the beneficiary of a promise ("to lift the embargo on China").

const CALL = GRAMMAR_WORDS.callForms;

/** Determiners, lower-case adjectives and possessive pronouns between a preposition and the country. */
function skipModifiers(lex: EventLexicon, tokens: readonly Token[], i: number, sentence: number): number {
  let p = i;
  while (p >= 0 && tokens[p]!.sentence === sentence) {
    const t = tokens[p]!;
    const k = tokenKey(t);
    // the tagger reads "against" as an adjective now and then
    const preposition = t.tags.has('Preposition') || lex.topicPrepositions.has(k) || k === 'in' || k === 'by';
    if (/^\p{Ll}/u.test(t.text) && (t.tags.has('Determiner') || t.tags.has('Adjective')) && !preposition) p--;
    else break;
  }
  return p;
}

/**
 * `topic`: never a party ("against Serbia", "about Afghanistan", "the war in Ukraine"); `joint-topic`: the
 * subject of a joint event but a possible beneficiary of a promise ("talks on Sudan" vs "lift the
 * embargo on China"); `null`: a party as far as this test goes.
 */
export function topicRole(lex: EventLexicon, doc: ParsedDoc, m: CountryMention): 'topic' | 'joint-topic' | null {
  const { tokens } = doc;
  // "a deal on China-UK tourism": a compound names both sides
  if (/-$/.test(tokens[m.lastToken]!.post) || /^-/.test(tokens[m.lastToken + 1]?.pre ?? '') || /-/.test(tokens[m.lastToken]!.text)) return null;
  const p = skipModifiers(lex, tokens, m.firstToken - 1, m.sentence);
  const prep = tokens[p];
  if (!prep || prep.sentence !== m.sentence) return null;
  const k = tokenKey(prep);
  const head = tokens[p - 1]?.sentence === m.sentence ? tokens[p - 1] : undefined;
  if (k === 'on') {
    // "called on Pakistan's president" is a courtesy call; "on behalf of Japan" speaks for it
    return CALL.has(tokenKey(head)) || tokenKey(tokens[p + 1]) === 'behalf' ? null : 'joint-topic';
  }
  if (lex.topicPrepositions.has(k)) return 'topic';
  // "the war in Ukraine", "missile launches by North Korea"; not "talks in Norway" (its host may take
  // part), "an orphanage in Tanzania" (a visit's host) nor "the decision by Kenya" (the decider)
  if (m.kind === 'name' && (k === 'in' || k === 'by') && lex.topicHeads.has(tokenKey(head))) return 'topic';
  return null;
}
