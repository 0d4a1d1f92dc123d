import { isVerbOnly } from '../../document/predicates.js';
import type { EventLexicon } from '../../lexicon/event-lexicon.js';
import type { Token, TokenRange } from '../../document/document.js';
import { GRAMMAR_WORDS } from '../../lexicon/grammar-words.js';
import { classifyAgent, agentOf, passiveAgent, type AgentFacts } from './agent.js';
import { STATE_SCOPE } from '../../lexicon/state-scope.js';
import { tokenKey } from './tokens.js';

// Who owns an event noun (issue 15, pool false alarms on sport, entertainment and tech pages). A noun
// trigger has no subject of its own; its owner acts: "REM's commitment to their fans" and "U2's desire"
// are a band's, "the Lions on their tour" is a team's, "his tour of Asia" after a minister is a state's.
// Only tokens of the trigger's own sentence are read (no document rescans). Rule units with examples:
// src/rules/event-owner-constraints.ts.


const OWNER_REACH = 4;

/** "REM's commitment", "the singer's lasting desire": a possessive noun right before the trigger (one or two modifiers between). */
function possessiveBefore(tokens: readonly Token[], first: number, sFirst: number): number {
  for (let j = first - 1; j >= Math.max(sFirst, first - 3); j--) {
    const t = tokens[j]!;
    if (t.tags.has('Possessive') && !t.tags.has('Pronoun') && /['’]s?$/.test(t.text)) return j;
    if (!(t.tags.has('Adjective') || t.tags.has('Value') || /-$/.test(t.post))) return -1;
  }
  return -1;
}

/** A possessive owner that cannot act for a state: "REM's commitment", "the director's desire". */
export function ownedByNonState(lex: EventLexicon, tokens: readonly Token[], first: number, s: TokenRange, facts: AgentFacts): boolean {
  const owner = possessiveBefore(tokens, first, s.firstToken);
  return owner >= 0 && classifyAgent(lex, tokens, owner, facts, s.firstToken) === 'other';
}

const OWNER_PRONOUNS = GRAMMAR_WORDS.ownerPronouns;

/**
 * A tour is a state's when its owner acts for one: a state or official just before it ("the Chinese
 * premier's tour", "his African tour"), "his" or "her" with an official in reach, a "by" phrase after it
 * ("a tour of the Gulf by the foreign minister"), or a state as the subject of the verb before it ("the
 * president began a tour"). "The Lions on their tour", "the later stages of the tour" have none.
 */
export function ownedByState(lex: EventLexicon, tokens: readonly Token[], first: number, last: number, s: TokenRange, facts: AgentFacts, cues?: readonly string[]): boolean {
  for (let j = first - 1; j >= Math.max(s.firstToken, first - OWNER_REACH); j--) {
    if (facts.stateTokens.has(j)) return true;
    if (OWNER_PRONOUNS.has(tokenKey(tokens[j])) && facts.officialNear && !facts.strictAgent) return true;
    if (/[;:,]/.test(tokens[j]!.post)) break;
  }
  if (passiveAgent(lex, tokens, last, s.lastToken, facts) === 'state') return true;
  // "the chancellor is leaving Britain on a high-profile tour", "began a tour": the subject of a verb that
  // holds the tour (a form of "be", a meeting light verb or one of the trigger's own cue words), not of
  // any verb ("he will advise the coaches during the tour")
  for (let j = first - 1; j >= Math.max(s.firstToken, first - 2 * OWNER_REACH); j--) {
    const t = tokens[j]!;
    const k = tokenKey(t);
    if (j < first - 1 && /[;:,]/.test(t.post)) break;
    const holds = MX_AUX.has(k) || STATE_SCOPE.meetingLightVerbs.has(k) || !!cues?.includes(k);
    if (holds && isVerbOnly(t)) return agentOf(lex, tokens, j, j, s, facts, false) === 'state';
  }
  return false;
}

/**
 * "the initiative which is producing a number of conferences", "the club held a meeting": a meeting noun
 * that is the object of a verb (determiners, modifiers and "of" between) whose subject cannot act for a
 * state. A reporting verb ("analysts said the talks ...") introduces a clause, not an object.
 */
export function objectOfNonState(lex: EventLexicon, tokens: readonly Token[], first: number, s: TokenRange, facts: AgentFacts): boolean {
  for (let j = first - 1; j >= Math.max(s.firstToken, first - OWNER_REACH - 1); j--) {
    const t = tokens[j]!;
    if (/[;:,]/.test(t.post)) return false;
    if (isVerbOnly(t)) return heldByNonState(lex, tokens, j, first, s, facts);
    if (!(t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Value') || t.tags.has('Noun') || tokenKey(t) === 'of')) return false;
  }
  return false;
}

const PRONOUNS = GRAMMAR_WORDS.personalPronouns;
const MX_AUX = GRAMMAR_WORDS.passiveAuxiliaries;

/**
 * The holding verb's subject ("the club held", "the initiative which is producing") is a noun phrase with
 * no state, government or actor word in it ("he" is left to the other checks; "Cabinet members held"
 * acts for a state), and no state takes part after the verb ("began talks with Prime Minister X").
 */
function heldByNonState(lex: EventLexicon, tokens: readonly Token[], verb: number, noun: number, s: TokenRange, facts: AgentFacts): boolean {
  if (!STATE_SCOPE.meetingLightVerbs.has(tokenKey(tokens[verb]))) return false;
  // "in hopes of restarting talks": a gerund's subject is not the word before it ("is producing" is)
  if (tokens[verb]!.tags.has('Gerund') && !MX_AUX.has(tokenKey(tokens[verb - 1]))) return false;
  let j = verb - 1;
  while (j >= s.firstToken && lex.agentSkipWords.has(tokenKey(tokens[j]))) j--;
  if (j < s.firstToken || PRONOUNS.has(tokenKey(tokens[j]))) return false;
  for (let k = verb + 1; k <= Math.min(s.lastToken, noun + 6); k++) if (facts.stateTokens.has(k)) return false;
  for (let k = j; k >= s.firstToken && k > j - 5; k--) {
    const t = tokens[k]!;
    const key = tokenKey(t);
    if (facts.stateTokens.has(k) || lex.governmentWords.has(key) || lex.actorWords.has(key) || lex.stateAgentWords.has(key)) return false;
    if (!(t.tags.has('Noun') || t.tags.has('Adjective')) || (k < j && /[,;:.!?"”]/.test(t.post))) break;
  }
  return classifyAgent(lex, tokens, j, facts, s.firstToken) === 'other';
}
