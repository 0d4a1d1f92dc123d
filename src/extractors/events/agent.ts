import { isVerbOnly } from '../../document/predicates.js';
import type { EventLexicon } from '../../lexicon/event-lexicon.js';
import type { Token, TokenRange } from '../../document/document.js';
import { GRAMMAR_WORDS } from '../../lexicon/grammar-words.js';
import { tokenKey } from './tokens.js';

// Who does the agreeing, promising or meeting. An event needs a state actor as the agent of its trigger:
// "Kenya and Japan agreed", "the minister pledged", "both sides met", not "most voters agree", "smugglers
// are willing to", "the new phone promises". The agent is found on tokens alone (no extra parse): the
// nearest noun before the trigger once auxiliaries, adverbs, dates and catenatives ("is ready to", "has
// decided to") are stepped over; for a passive ("was offered", "were signed"), the noun after "by".

export interface AgentFacts {
  /** tokens standing for a state anywhere in the document: country mentions, institutions, officials */
  stateTokens: ReadonlySet<number>;
  /** an official is named in this sentence or the two before it: "he" or "she" can be one of them */
  officialNear: boolean;
  /** an official is named in one of the two sentences before this one: who "I" may be */
  officialBefore: boolean;
  /** a state or an official is named in this sentence or the two before it: "they", "it", "we" */
  stateNear: boolean;
  /** the sentence itself names a state as an actor: an official, a country not only as a place, a government word */
  stateHere: boolean;
  /** the document names no official, government word or institution: a person there is not a missed official */
  strictAgent?: boolean;
}

/** `state`: a state actor; `other`: someone who cannot act for a state; `unknown`: no subject found. */
export type Agent = 'state' | 'other' | 'unknown';

const PRONOUNS = GRAMMAR_WORDS.personalPronouns;
const HONORIFICS = GRAMMAR_WORDS.personalHonorifics;
const BE = GRAMMAR_WORDS.passiveAuxiliaries;

function isParticiple(t: Token): boolean {
  return (t.tags.has('PastTense') || t.tags.has('Participle')) && !t.tags.has('Adjective');
}

/** The words of a capitalised name ending at j: "Russian - Syrian Commission on Trade and Cooperation". */
function nameBefore(lex: EventLexicon, tokens: readonly Token[], j: number, sFirst: number): number[] {
  const out: number[] = [];
  for (let k = j; k >= sFirst && k > j - 10; k--) {
    const t = tokens[k]!;
    if (k < j && /[,;:]/.test(t.post)) break;
    if (/^\p{Lu}/u.test(t.text) || (lex.agentLinks.nameLinks.has(tokenKey(t)) && k < j)) out.push(k);
    else break;
  }
  return out;
}

/**
 * A capitalised name: a body whose name holds an office word ("the Joint Commission on Trade") acts for
 * a state; a name with a personal title ("Lord Goldsmith") may be an official the officials pass missed;
 * any other name ("Chelsea", "Microsoft") does not.
 */
function nameAgent(lex: EventLexicon, tokens: readonly Token[], j: number, facts: AgentFacts, sFirst: number): Agent {
  const name = nameBefore(lex, tokens, j, sFirst);
  const keys = name.map((n) => tokenKey(tokens[n]));
  if (keys.some((k) => lex.governmentWords.has(k) || lex.stateAgentWords.has(k))) return 'state';
  if (name.some((n) => facts.stateTokens.has(n))) return isFirmName(lex, tokens, j, facts) ? 'other' : 'state';
  if (name.some((n) => tokens[n]!.tags.has('Person') || tokens[n]!.tags.has('Honorific') || tokens[n]!.tags.has('Actor')) || keys.some((k) => HONORIFICS.has(k))) return 'unknown';
  return 'other';
}

/**
 * "British Telecom", "Japan Airlines": a country word only as the modifier of a name whose own head is no
 * state, office, person or actor word names a firm, not the state (no government word is in the name).
 */
function isFirmName(lex: EventLexicon, tokens: readonly Token[], j: number, facts: AgentFacts): boolean {
  const head = tokens[j]!;
  if (facts.stateTokens.has(j) || lex.actorWords.has(tokenKey(head))) return false;
  return !(head.tags.has('Person') || head.tags.has('Title') || head.tags.has('Honorific') || head.tags.has('Place'));
}

/** "Japan said it would": with no government word about, a pronoun stands for a state named before it in its sentence. */
function stateBefore(facts: AgentFacts, sFirst: number, j: number): Agent {
  for (let k = sFirst; k < j; k++) if (facts.stateTokens.has(k)) return 'state';
  return 'other';
}

/** What kind of actor token j is: the head of the subject. */
export function classifyAgent(lex: EventLexicon, tokens: readonly Token[], j: number, facts: AgentFacts, sFirst = j): Agent {
  const t = tokens[j]!;
  const k = tokenKey(t);
  if (facts.stateTokens.has(j)) return 'state';
  // "I have met ..." in an official's quoted words; an opinion column's "I agree" has no official before it
  if (lex.statelessAgentWords.has(k)) return k === 'i' && facts.officialBefore && !facts.strictAgent ? 'state' : 'other';
  // with no state office holder in reach (strictAgent), "he" is the director or the player just named
  if (k === 'he' || k === 'she') return facts.officialNear && !facts.strictAgent ? 'state' : 'other';
  if (PRONOUNS.has(k)) return facts.strictAgent ? stateBefore(facts, sFirst, j) : facts.stateNear ? 'state' : 'other';
  if (lex.nonStateActors.has(k)) return 'other';
  if (lex.actorWords.has(k) || lex.governmentWords.has(k) || lex.stateAgentWords.has(k) || t.tags.has('Title')) return 'state';
  // "the meeting resulted in", "the talks produced": the event stands for those who took part
  if (lex.instrumentWords.has(k) || lex.passiveSubjects.has(k) || lex.eventSubjects.has(k)) return 'unknown';
  // an unresolved person may be an official the officials pass missed: the other checks decide
  if (t.tags.has('Person')) return facts.strictAgent ? 'other' : 'unknown';
  if (/^\p{Lu}/u.test(t.text) && j > sFirst) {
    const name = nameAgent(lex, tokens, j, facts, sFirst);
    return name;
  }
  if (lex.agentLinks.coordinators.has(k)) return 'unknown';
  if (t.tags.has('Noun') || t.tags.has('Pronoun')) return 'other';
  return 'unknown';
}

/** "was pledged by Japan": the agent of a passive, or unknown when no "by" follows. */
export function passiveAgent(lex: EventLexicon, tokens: readonly Token[], last: number, sLast: number, facts: AgentFacts): Agent {
  for (let j = last + 1; j <= Math.min(sLast - 1, last + 8); j++) {
    if (tokenKey(tokens[j]) !== 'by') continue;
    let seen: Agent = 'unknown';
    for (let k = j + 1; k <= Math.min(sLast, j + 5); k++) {
      const t = tokens[k]!;
      if (t.tags.has('Determiner') || t.tags.has('Adjective')) {
        if (facts.stateTokens.has(k)) return 'state';
        continue;
      }
      const a = classifyAgent(lex, tokens, k, facts);
      if (a === 'state') return 'state';
      if (a === 'other') seen = 'other';
      if (!t.tags.has('Noun') || /[,;:]/.test(t.post)) break;
    }
    return seen;
  }
  return 'unknown';
}

/** "X, in Beijing, signs": the token before the opening comma when the phrase starts with a preposition. */
function parentheticalStart(tokens: readonly Token[], close: number, sFirst: number): number {
  for (let k = close - 1; k >= Math.max(sFirst, close - 6); k--) {
    if (!/,/.test(tokens[k]!.post)) continue;
    const lead = tokens[k + 1]!;
    return lead.tags.has('Preposition') || lead.tags.has('Adverb') ? k : -1;
  }
  return -1;
}

/**
 * The head of a subject with prepositional phrases is its first noun: "smugglers in Chile", "supporters
 * of the Peruvian team", "ministers from Egypt and Ghana". Returns that noun, or j when there is none.
 */
function firstHead(lex: EventLexicon, tokens: readonly Token[], j: number, sFirst: number): number {
  let head = j;
  for (let k = j - 1; k >= sFirst && k > j - 12; k--) {
    const t = tokens[k]!;
    if (/[,;:]/.test(t.post)) break;
    const key = tokenKey(t);
    if (lex.agentLinks.ofLinks.has(key)) {
      const before = tokens[k - 1];
      if (k - 1 < sFirst || !before || !before.tags.has('Noun') || before.tags.has('Pronoun') || /[,;:]/.test(before.post)) break;
      head = k - 1;
      k--;
      continue;
    }
    if (!(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Determiner') || t.tags.has('Value')) || t.tags.has('Pronoun') || lex.agentLinks.coordinators.has(key)) break;
  }
  return head;
}

/** The clause's first finite verb before "and" (no ";" or ":" in between), or -1: the head of the first predicate. */
function coordinatedVerbBefore(tokens: readonly Token[], and: number, sFirst: number): number {
  let found = -1;
  for (let k = and - 1; k >= sFirst; k--) {
    const t = tokens[k]!;
    if (/[;:]/.test(t.post)) break;
    if (isVerbOnly(t) && !t.tags.has('Gerund') && !t.tags.has('Infinitive') && !t.tags.has('Participle')) found = k;
  }
  return found;
}

/**
 * "Leaders of Chile and Peru met in Lima and agreed": a verb right after "and" shares the subject of the
 * clause's first predicate. The agent of that predicate, or 'unknown' when the trigger is not so placed.
 */
export function coordinatedAgent(lex: EventLexicon, tokens: readonly Token[], first: number, s: TokenRange, facts: AgentFacts): Agent {
  const before = first - 1;
  if (before <= s.firstToken || !lex.agentLinks.coordinators.has(tokenKey(tokens[before]))) return 'unknown';
  if (!tokens[first]!.tags.has('Verb') || tokens[first]!.tags.has('Noun')) return 'unknown';
  const verb = coordinatedVerbBefore(tokens, before, s.firstToken);
  return verb >= 0 ? agentOf(lex, tokens, verb, verb, s, facts) : 'unknown';
}

/**
 * "Nintendo has said it will release", "the firm said that they would": a pronoun right after a reporting
 * verb stands for who said it. The agent of that verb, or 'unknown' when j is no such pronoun.
 */
export function speakerAgent(lex: EventLexicon, tokens: readonly Token[], j: number, s: TokenRange, facts: AgentFacts): Agent {
  if (!lex.agentLinks.speakerPronouns.has(tokenKey(tokens[j]))) return 'unknown';
  let r = j - 1;
  if (tokenKey(tokens[r]) === 'that') r--;
  if (r <= s.firstToken || !lex.reportingVerbs.has(tokenKey(tokens[r]))) return 'unknown';
  return agentOf(lex, tokens, r, r, s, facts, false);
}

/**
 * "By agreeing to filter its results, Qora has ...": a gerund clause opening the sentence (or a clause)
 * has the main clause's subject, the noun run after its comma, as its agent. 'unknown' otherwise.
 */
function frontedGerundAgent(lex: EventLexicon, tokens: readonly Token[], first: number, s: TokenRange, facts: AgentFacts): Agent {
  const open = first - 1;
  if (open < s.firstToken || !tokens[first]!.tags.has('Gerund') || !lex.agentLinks.gerundOpeners.has(tokenKey(tokens[open]))) return 'unknown';
  if (open > s.firstToken && !/[;:,]/.test(tokens[open - 1]!.post)) return 'unknown';
  for (let c = first; c < Math.min(s.lastToken, first + 15); c++) {
    if (!/,/.test(tokens[c]!.post)) continue;
    let head = -1;
    for (let k = c + 1; k <= Math.min(s.lastToken, c + 6); k++) {
      const t = tokens[k]!;
      if (isVerbOnly(t)) break;
      if (t.tags.has('Noun')) head = k;
    }
    return head < 0 ? 'unknown' : classifyAgent(lex, tokens, head, facts, s.firstToken);
  }
  return 'unknown';
}

/** The agent of the trigger that starts at `first`: its subject, or the "by" phrase of a passive. */
export function agentOf(lex: EventLexicon, tokens: readonly Token[], first: number, last: number, s: TokenRange, facts: AgentFacts, passive = true): Agent {
  const fronted = frontedGerundAgent(lex, tokens, first, s, facts);
  if (fronted !== 'unknown') return fronted;
  let j = first - 1;
  let be = false;
  let adverbsOnly = true;
  while (j >= s.firstToken) {
    const t = tokens[j]!;
    const k = tokenKey(t);
    const catenative = isVerbOnly(t) && tokenKey(tokens[j + 1]) === 'to';
    if (lex.agentSkipWords.has(k) || t.tags.has('Adverb') || t.tags.has('Modal') || t.tags.has('Negative') || k.endsWith("n't") || catenative) {
      if (BE.has(k) && adverbsOnly) be = true;
      if (!t.tags.has('Adverb')) adverbsOnly = false;
      j--;
      continue;
    }
    // "Chirac, in Beijing, signs": a parenthetical phrase between subject and verb
    if (/,/.test(t.post)) {
      const open = parentheticalStart(tokens, j, s.firstToken);
      if (open >= 0) {
        j = open;
        continue;
      }
    }
    // "Kenya and Japan on Tuesday agreed": a date between subject and verb
    if (t.tags.has('Date') || (lex.agentLinks.datePrepositions.has(k) && tokens[j + 1]?.tags.has('Date'))) {
      j--;
      continue;
    }
    break;
  }
  // "is prepared to" is an adjective the tagger may read as a passive: `passive` false keeps the subject
  if (passive && be && isParticiple(tokens[first]!)) return passiveAgent(lex, tokens, last, s.lastToken, facts);
  if (j < s.firstToken) return 'unknown';
  const spoken = speakerAgent(lex, tokens, j, s, facts);
  if (spoken !== 'unknown') return spoken;
  const head = firstHead(lex, tokens, j, s.firstToken);
  if (head !== j) {
    const first = classifyAgent(lex, tokens, head, facts, s.firstToken);
    if (first !== 'unknown') return first;
  }
  return classifyAgent(lex, tokens, j, facts, s.firstToken);
}
