import type { EventLexicon, EventTrigger } from '../../lexicon/event-lexicon.js';
import type { ParsedDoc, Token, TokenRange } from '../../document/document.js';
import { clauseBreaksAfter, isVerbOnly } from '../../document/predicates.js';
import { isNegation, matchAt, tokenKey } from './tokens.js';
import { GRAMMAR_WORDS } from '../../lexicon/grammar-words.js';
import { agentOf, coordinatedAgent, speakerAgent, type AgentFacts } from './agent.js';
import { objectOfNonState, ownedByNonState, ownedByState } from './owner.js';
import { isCancelledMeeting, moodBlocks } from './modality.js';
import { STATE_SCOPE } from '../../lexicon/state-scope.js';

export interface TriggerHit {
  trigger: EventTrigger;
  /** token indices, inclusive */
  first: number;
  last: number;
  negated: boolean;
  /** a future event stated as part of another ("the group will meet twice a year") */
  future: boolean;
  /** the provision verb after a modal trigger ("would deliver"): where the promised act starts */
  verb?: number;
}

export interface SentenceFacts extends AgentFacts {
  /** a state actor is present: a country or official mention, an office or government word, or a named person */
  hasActor: boolean;
  isHeader: boolean;
  /** tokens covered by country mentions (names, demonyms, capitals) */
  countryTokens: ReadonlySet<number>;
  /** distinct countries named in the sentence, officials' countries included */
  partyCount: number;
}

const LOOKBACK = 10;

export function keysBetween(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, from); i <= to; i++) out.push(tokenKey(tokens[i]));
  return out;
}

/** Start of the clause holding token i: the nearest clause break before it, within the sentence. */
export function clauseStart(tokens: readonly Token[], first: number, i: number): number {
  for (let j = i - 1; j >= first; j--) if (clauseBreaksAfter(tokens[j]) || /[“"]/.test(tokens[j + 1]?.pre ?? '')) return j + 1;
  return first;
}

function isNounUse(t: Token): boolean {
  return t.tags.has('Noun') && !t.tags.has('Verb');
}

const MODALS = GRAMMAR_WORDS.modals;

/** Headlines are title-cased and infinitives get mis-tagged: "Allawi Meets Militants", "due to attend". */
function usedAsVerb(lex: EventLexicon, tokens: readonly Token[], i: number, header: boolean): boolean {
  const t = tokens[i]!;
  if (!isNounUse(t)) return true;
  if (MODALS.has(tokenKey(tokens[i - 1]))) return true;
  if (!header) return false;
  // "Leaders pledge joint patrols", "Ministers agree rail link": a plural actor then the verb
  if (tokens[i - 1]?.sentence === t.sentence && /s$/.test(tokenKey(tokens[i - 1])) && lex.actorWords.has(tokenKey(tokens[i - 1]))) return true;
  // headline verbs come right after the name of who acts: "Minister backs plan", "Allawi Meets Militants"
  const prev = tokens[i - 1];
  return /^\p{Lu}/u.test(t.text) || (!!prev && prev.sentence === t.sentence && /^\p{Lu}/u.test(prev.text) && !/[,;:]/.test(prev.post));
}

/** "the agreed plan", "an internationally backed plan", "money allocated to research": participles as modifiers. */
function isAdjectivalParticiple(lex: EventLexicon, tokens: readonly Token[], i: number, first: number): boolean {
  const t = tokens[i]!;
  if (!t.tags.has('PastTense') && !t.tags.has('Participle') && !t.tags.has('Adjective')) return false;
  const prev = i > first ? tokens[i - 1] : undefined;
  if (!prev) return false;
  if (/-$/.test(prev.post)) return true;
  if (prev.tags.has('Determiner')) return true;
  if (prev.tags.has('Adverb') && i - 2 >= first && tokens[i - 2]!.tags.has('Determiner')) return true;
  const next = tokenKey(tokens[i + 1]);
  const commonNoun = prev.tags.has('Noun') && !prev.tags.has('ProperNoun') && !prev.tags.has('Pronoun') && !prev.tags.has('Actor') && /^\p{Ll}/u.test(prev.text);
  if (!commonNoun) return false;
  // "the amount of money allocated": a noun inside a prepositional phrase cannot be the subject
  if (i - 2 >= first && tokens[i - 2]!.tags.has('Preposition')) return true;
  // "the two sides agreed to establish": an infinitive after it makes it the clause's verb
  if (next === 'to' && tokens[i + 2]?.tags.has('Verb')) return false;
  // "the two countries committed to refrain": states act, even when the infinitive is mis-tagged
  if (next === 'to' && lex.actorWords.has(tokenKey(prev))) return false;
  // "money allocated to research", "a plan backed by donors"; "leaders met in Rabat" is a clause
  return next === 'to' || next === 'by';
}

function lightVerbBefore(lex: EventLexicon, tokens: readonly Token[], from: number, i: number): number {
  for (let j = i - 1; j >= Math.max(from, i - 8); j--) if (lex.lightVerbs.has(tokenKey(tokens[j]))) return j;
  return -1;
}

const hasLightVerbBefore = (lex: EventLexicon, tokens: readonly Token[], from: number, i: number): boolean => lightVerbBefore(lex, tokens, from, i) >= 0;

const SKIPPABLE_ADVERBS = GRAMMAR_WORDS.skippableAdverbs;

/** The provision verb right after a modal, adverbs skipped: "would also deliver" → the index of "deliver". */
export function provisionVerbAfter(lex: EventLexicon, tokens: readonly Token[], modal: number, lastToken: number): number {
  for (let j = modal + 1; j <= Math.min(lastToken, modal + 3); j++) {
    const k = tokenKey(tokens[j]);
    if (lex.provisionVerbs.has(k)) return j;
    if (!SKIPPABLE_ADVERBS.has(k) && !(tokens[j]!.tags.has('Adverb') && /ly$/.test(k))) return -1;
  }
  return -1;
}

/**
 * Who stands before the modal must be able to act for a state: a country or capital ("Berlin would
 * deliver"), a government or office word ("the administration will release"), a pronoun, or a name.
 * "The programme will cover forty schools" has none of these.
 */
function stateSubjectBefore(lex: EventLexicon, tokens: readonly Token[], modal: number, first: number, facts: SentenceFacts): boolean {
  let j = modal - 1;
  while (j >= first && SKIPPABLE_ADVERBS.has(tokenKey(tokens[j]))) j--;
  if (j < first) return false;
  const t = tokens[j]!;
  const k = tokenKey(t);
  if (facts.countryTokens.has(j) || lex.actorWords.has(k)) return !lex.nonStateActors.has(k);
  if (lex.nonStateActors.has(k)) return false;
  // no state actor in the whole document: "Sir Paul McCartney will provide" is no official's promise
  if (facts.strictAgent) return facts.stateTokens.has(j);
  // a name ("Nakatani would"), not a plural body ("the Area Electricity Boards would")
  return t.tags.has('Person') || t.tags.has('Title') || (t.tags.has('ProperNoun') && !t.tags.has('Plural') && /^\p{Lu}/u.test(t.text));
}

/** "X said Berlin would deliver": a reporting verb before the modal. */
function reportedBefore(lex: EventLexicon, tokens: readonly Token[], modal: number, first: number): boolean {
  for (let j = modal - 1; j >= first; j--) if (lex.reportingVerbs.has(tokenKey(tokens[j]))) return true;
  return false;
}

/**
 * "would" promises only in reported speech: "X said Berlin would deliver", or with the attribution after
 * a comma ("Berlin would deliver two batteries, the minister said"); "it would be" is not a promise.
 */
export function reported(lex: EventLexicon, tokens: readonly Token[], modal: number, s: TokenRange): boolean {
  if (reportedBefore(lex, tokens, modal, s.firstToken)) return true;
  let comma = false;
  for (let j = modal + 1; j <= s.lastToken; j++) {
    if (comma && lex.reportingVerbs.has(tokenKey(tokens[j]))) return true;
    if (/[,”"]/.test(tokens[j]!.post)) comma = true;
  }
  return false;
}

const PERSONAL_PRONOUNS = GRAMMAR_WORDS.personalPronouns;

const DETERMINERS = GRAMMAR_WORDS.instrumentDeterminers;

/**
 * "the logistical costs of the talks", "prospects for a summit", "an early start to talks", "on reopening
 * talks": the meeting word is the object of something else, not a meeting held.
 */
function nonEventHeadBefore(lex: EventLexicon, tokens: readonly Token[], first: number, sFirst: number): boolean {
  let j = first - 1;
  while (j > sFirst && DETERMINERS.has(tokenKey(tokens[j]))) j--;
  if (j <= sFirst) return false;
  // "on reopening talks": a gerund head right before the meeting word
  if (lex.prospectiveGerunds.has(tokenKey(tokens[j]))) return true;
  // "agreed to revive gas pipeline talks", "will resume negotiations": talks yet to be held
  for (let k = first - 1, seen = 0; k > sFirst && seen < 4; k--, seen++) {
    const key = tokenKey(tokens[k]);
    if (lex.prospectiveVerbs.has(key)) return ['to', 'will', 'would', 'shall'].includes(tokenKey(tokens[k - 1]));
    if (!tokens[k]!.tags.has('Noun') && !tokens[k]!.tags.has('Adjective') && !DETERMINERS.has(key)) break;
  }
  if (!['of', 'for', 'to'].includes(tokenKey(tokens[j]))) return false;
  return lex.nonEventHeads.has(tokenKey(tokens[j - 1]));
}

const PASSIVE_AUXILIARIES = GRAMMAR_WORDS.passiveAuxiliaries;
/** a reported past passive ("was hammered out"), not a forecast ("would be reached") */
const PAST_PASSIVE = GRAMMAR_WORDS.pastPassiveAuxiliaries;

/** "The agreement was announced", "the decision has been reached": an agreement noun as the passive subject. */
function passiveSubjectBefore(lex: EventLexicon, tokens: readonly Token[], first: number, sFirst: number): boolean {
  let j = first - 1;
  while (j > sFirst && tokens[j]!.tags.has('Adverb') && !PASSIVE_AUXILIARIES.has(tokenKey(tokens[j]))) j--;
  if (j <= sFirst || !PASSIVE_AUXILIARIES.has(tokenKey(tokens[j]))) return false;
  j--;
  if (j > sFirst && ['has', 'have', 'had', 'will', 'would', 'to'].includes(tokenKey(tokens[j]))) j--;
  return j >= sFirst && lex.passiveSubjects.has(tokenKey(tokens[j]));
}

const RELATIVE_PRONOUNS = GRAMMAR_WORDS.relativePronouns;

/** "farmers who agree to leave fields fallow": a relative clause whose head is not a state actor. */
function nonStateRelative(lex: EventLexicon, tokens: readonly Token[], first: number, s: { firstToken: number }): boolean {
  let j = first - 1;
  while (j > s.firstToken && tokens[j]!.tags.has('Adverb')) j--;
  if (j <= s.firstToken || !RELATIVE_PRONOUNS.has(tokenKey(tokens[j]))) return false;
  const head = tokens[j - 1]!;
  const k = tokenKey(head);
  if (lex.nonStateActors.has(k)) return true;
  return head.tags.has('Noun') && !head.tags.has('ProperNoun') && !head.tags.has('Pronoun') && /^\p{Ll}/u.test(head.text) && !lex.actorWords.has(k);
}

/** A modal and a provision verb: "Berlin would deliver two batteries". */
function passesModal(lex: EventLexicon, tokens: readonly Token[], first: number, last: number, s: TokenRange, facts: SentenceFacts): boolean {
  const head = tokens[first]!;
  const prevKey = first > s.firstToken ? tokenKey(tokens[first - 1]) : '';
  const verb = provisionVerbAfter(lex, tokens, last, s.lastToken);
  if (verb < 0) return false;
  // "would help achieve growth", "will help to boost trade": an effect, not a promise
  if (keysBetween(tokens, verb + 1, Math.min(s.lastToken, verb + 3)).some((k) => lex.provisionBlockObjects.has(k))) return false;
  const next = tokens[verb + 1];
  if (tokenKey(tokens[verb]) === 'help' && (tokenKey(next) === 'to' || isVerbOnly(next))) return false;
  if (!stateSubjectBefore(lex, tokens, first, s.firstToken, facts)) return false;
  // "Nintendo has said it will release": the pronoun is the firm that said it
  if (first - 1 > s.firstToken && speakerAgent(lex, tokens, first - 1, s, facts) === 'other') return false;
  if (prevKey === 'that' && first - 2 >= s.firstToken && !reportedBefore(lex, tokens, first, s.firstToken)) return false;
  // "it will provide 3,000 jobs" (a project) vs "Japan said it will provide": pronouns need a speaker
  if ((tokenKey(head) === 'would' || PERSONAL_PRONOUNS.has(prevKey)) && !reported(lex, tokens, first, s)) return false;
  return true;
}

/**
 * "seek to deepen ties", "is prepared to help Sri Lanka": the act wished for is cooperative, a provision
 * or cooperative verb right after the trigger, directed at a state, a cooperative object ("ties"), a
 * joint thing or an amount in the clause after it; "want to buy arms", "plans to spend the day" are not.
 */
export function isCooperativeAction(lex: EventLexicon, tokens: readonly Token[], last: number, sLast: number, countryTokens: ReadonlySet<number>): boolean {
  const verb = tokenKey(tokens[last + 1]);
  if (lex.nonCooperativeVerbs.has(verb) || lex.threatActions.has(verb)) return false;
  if (!lex.provisionVerbs.has(verb) && !lex.cooperativeVerbs.has(verb)) return false;
  for (let j = last + 2; j <= Math.min(sLast, last + 10); j++) {
    const k = tokenKey(tokens[j]);
    if (countryTokens.has(j) || lex.cooperativeObjects.has(k) || lex.jointWords.has(k) || /^[A-Z]{0,3}[$£€¥]/u.test(tokens[j]!.text)) return true;
    if (/[;:]/.test(tokens[j]!.post)) break;
  }
  return false;
}

/** How the trigger word is used: as a verb or noun, a modifier, a purpose; what stands right around it. */
function passesUse(lex: EventLexicon, tokens: readonly Token[], t: EventTrigger, first: number, last: number, s: TokenRange, facts: SentenceFacts): boolean {
  const head = tokens[first]!;
  const prevKey = first > s.firstToken ? tokenKey(tokens[first - 1]) : '';
  const after = (n: number): string[] => keysBetween(tokens, last + 1, Math.min(s.lastToken, last + n));
  // "a fund of 500 million euros to support reception centres": the purpose of a thing, not a promise
  if (t.kind === 'commitment' && prevKey === 'to' && first - 2 >= s.firstToken) {
    const before = tokens[first - 2]!;
    if (before.tags.has('Noun') && !before.tags.has('Pronoun') && !before.tags.has('Verb') && !before.tags.has('Adjective')) return false;
  }
  const single = !t.phrase.includes(' ');
  if (t.pos === 'verb' && single && !usedAsVerb(lex, tokens, first, facts.isHeader)) return false;
  if ((t.pos === 'verb' || t.pos === 'any') && single && !isNounUse(head) && isAdjectivalParticiple(lex, tokens, first, s.firstToken)) return false;
  // "a trade pact negotiated over three years": the participle describes the instrument, not talks held
  if (t.kind === 'meeting' && t.pos === 'verb' && single && first > s.firstToken && lex.instrumentWords.has(prevKey) && (head.tags.has('PastTense') || head.tags.has('Participle')) && /ed$/.test(tokenKey(head))) return false;
  if (t.needsBefore && !keysBetween(tokens, Math.max(s.firstToken, first - 4), first - 1).some((k) => t.needsBefore!.includes(k))) return false;
  if (t.blockPrev?.includes(prevKey)) return false;
  if (t.blockNext) {
    const window = after(t.blockNextWithin ?? 1);
    if (window.some((k) => t.blockNext!.includes(k))) return false;
  }
  if ((t.needsActor || (t.verbNeedsActor && !isNounUse(head))) && !facts.hasActor) return false;
  if (t.lightVerbIfNoun && !usedAsVerb(lex, tokens, first, facts.isHeader) && !hasLightVerbBefore(lex, tokens, s.firstToken, first)) return false;
  if (t.needsTo && tokenKey(tokens[last + 1]) !== 'to') return false;
  if (t.needsCooperativeAction && !isCooperativeAction(lex, tokens, last, s.lastToken, facts.countryTokens)) return false;
  if (t.needsObject && !after(5).some((k) => t.needsObject!.includes(k) || lex.instrumentWords.has(k))) return false;
  if (t.needsNext && !t.needsNext.includes(tokenKey(tokens[last + 1]))) return false;
  if (t.needsAfter) {
    let found = false;
    for (let j = last + 1; j <= Math.min(s.lastToken, last + (t.needsAfterWithin ?? 5)) && !found; j++) {
      const tok = tokens[j]!;
      found = t.needsAfter.includes(tokenKey(tok)) || tok.tags.has('Person') || tok.tags.has('Title');
    }
    if (!found) return false;
  }
  return true;
}

/** What the clause around the trigger must hold: "with", a place, a joint subject, a future passive. */
function passesClause(lex: EventLexicon, tokens: readonly Token[], t: EventTrigger, first: number, last: number, s: TokenRange, isHeadline: boolean): boolean {
  const head = tokens[first]!;
  const after = (n: number): string[] => keysBetween(tokens, last + 1, Math.min(s.lastToken, last + n));
  if (t.needsWith && !after(8).includes('with')) return false;
  if (t.kind === 'meeting' && nonEventHeadBefore(lex, tokens, first, s.firstToken)) return false;
  if (t.needsObjectWord && !after(5).some((k) => lex.objectWords.has(k))) return false;
  if (t.needsPassiveSubject && !passiveSubjectBefore(lex, tokens, first, s.firstToken)) return false;
  const cStart = clauseStart(tokens, s.firstToken, first);
  if (t.needsInstrument) {
    // "the deal between Peru and Bolivia was hammered out": a passive's subject may stand further back
    const back = PAST_PASSIVE.has(tokenKey(tokens[first - 1])) ? cStart : Math.max(s.firstToken, first - 4);
    const near = [...after(6), ...keysBetween(tokens, back, first - 1)];
    // "the decision was reached": a passive whose subject stands for the agreement
    if (!near.some((k) => lex.instrumentWords.has(k)) && !passiveSubjectBefore(lex, tokens, first, s.firstToken)) return false;
  }
  if (t.needsJointSubject) {
    const before = keysBetween(tokens, Math.max(cStart, first - LOOKBACK), first - 1);
    // "said that Mr X had decided": the subject of a subordinate clause is the one deciding
    const sub = before.map((k) => lex.subordinators.has(k)).lastIndexOf(true);
    if (!before.slice(sub + 1).some((k) => lex.jointSubjectWords.has(k))) return false;
  }
  if (t.needsPassiveFuture) {
    const p2 = keysBetween(tokens, Math.max(s.firstToken, first - 2), first - 1).join(' ');
    if (!/\b(?:to|will|would|shall) be$/.test(p2)) return false;
  }
  if (t.needsJointWord && !keysBetween(tokens, s.firstToken, s.lastToken).some((k) => lex.jointWords.has(k))) return false;
  if (t.needsWithWord) {
    const next = after(8);
    const plural: string[] = [];
    for (let j = Math.max(cStart, first - 6); j < first; j++) if (!tokens[j]!.tags.has('Pronoun')) plural.push(tokenKey(tokens[j]));
    const toPerson = tokenKey(tokens[last + 1]) === 'to';
    if (!next.includes('with') && !toPerson && !plural.some((k) => lex.jointSubjectWords.has(k) && k !== 'and')) return false;
  }
  if (t.needsNextPlace) {
    const n = tokens[last + 1];
    if (!n || n.sentence !== head.sentence) return false;
    if (!lex.placeNextWords.has(tokenKey(n)) && !n.tags.has('Place')) return false;
  }
  if (t.noToInfinitive) {
    // "called on Japan's chip users to buy more": a demand, not a courtesy call
    const next = after(12);
    for (let k = 0; k < next.length - 1; k++) {
      const tok = tokens[last + 2 + k];
      if (next[k] === 'to' && tok && tok.tags.has('Verb')) return false;
    }
  }
  if (t.opinionThat) {
    // "CENTR agrees.": agreeing with nothing after it is assent to an opinion
    if (last === s.lastToken && !isHeadline) return false;
    // "agreed that the film was good" is an opinion; "agreed that talks would resume" is a decision
    const next = after(4);
    if (next.includes('that')) {
      const rest = keysBetween(tokens, last + 1, s.lastToken);
      if (!rest.some((k) => k === 'will' || k === 'would' || k === 'shall')) return false;
    }
    if (head.tags.has('Adjective') && !head.tags.has('Verb')) return false;
  }
  return true;
}

// Each requirement in the data is a check here; a hit survives only when all its checks pass.
function passes(lex: EventLexicon, doc: ParsedDoc, t: EventTrigger, first: number, last: number, s: TokenRange, facts: SentenceFacts): boolean {
  const tokens = doc.tokens;
  if (t.headerOnly && !facts.isHeader) return false;
  if (t.needsTwoParties && facts.partyCount < 2) return false;
  if (t.kind !== 'meeting' && nonStateRelative(lex, tokens, first, s)) return false;
  if (t.modalProvision) return passesModal(lex, tokens, first, last, s, facts);
  return passesUse(lex, tokens, t, first, last, s, facts) && passesClause(lex, tokens, t, first, last, s, facts.isHeader) && passesAgent(lex, tokens, t, first, last, s, facts);
}

/** "I want to", "I am prepared to": the subject right before the trigger (auxiliaries aside) is "I". */
function speakerSubject(lex: EventLexicon, tokens: readonly Token[], first: number, sFirst: number): boolean {
  let j = first - 1;
  while (j > sFirst && lex.agentSkipWords.has(tokenKey(tokens[j]))) j--;
  return j >= sFirst && tokenKey(tokens[j]) === 'i';
}

/**
 * The trigger's agent must be able to act for a state: the subject of the verb ("Smugglers are willing
 * to" fails), or of the light verb before a trigger noun ("the club made an offer" fails). No subject
 * found (a coordinated verb, a headline fragment) leaves the decision to the other checks.
 */
function passesAgent(lex: EventLexicon, tokens: readonly Token[], t: EventTrigger, first: number, last: number, s: TokenRange, facts: SentenceFacts): boolean {
  // passives by design ("the deal was announced", "a group will be set up") have no subject to test
  if (t.needsPassiveSubject || t.needsPassiveFuture) return true;
  const head = tokens[first]!;
  const verbUse = t.pos === 'verb' || t.pos === 'adj' || (t.pos === 'any' && !head.tags.has('Noun') && usedAsVerb(lex, tokens, first, facts.isHeader));
  if (verbUse) {
    const agent = agentOf(lex, tokens, first, last, s, facts, !(t.needsStateAgent && t.pos === 'adj'));
    // "peace talks", "state visit": a compound noun mis-tagged as a verb, not a subject and its verb
    const prev = tokens[first - 1];
    const compound = t.kind === 'meeting' && t.pos === 'any' && !!prev && first > s.firstToken && prev.tags.has('Noun') && !prev.tags.has('Plural') && /^\p{Ll}/u.test(prev.text);
    // weak cues ("seek to", "accepted"): a subject must be found, and it must act for a state
    // "I want to share this honour": a wish in the first person singular is the speaker's own
    if (t.needsStateAgent) return agent === 'state' && !speakerSubject(lex, tokens, first, s.firstToken);
    // a document with no government actor anywhere: a state subject, or a state acting in the sentence
    if (facts.strictAgent) {
      if (agent !== 'unknown') return agent === 'state';
      if (coordinatedAgent(lex, tokens, first, s, facts) === 'state') return true;
      // "held talks" with "talks" read as a verb: the subject of the light verb acts
      const light = t.kind === 'meeting' ? meetingVerbBefore(tokens, first, s.firstToken) : lightVerbBefore(lex, tokens, Math.max(s.firstToken, first - 2), first);
      return light >= 0 && agentOf(lex, tokens, light, light, s, facts) === 'state';
    }
    return agent !== 'other' || compound || facts.isHeader;
  }
  // "the athletics meeting in Madrid", "a mobile phone": a meeting noun needs a state named as taking part
  // with no government actor in reach, a meeting noun needs two states named beside it ("talks between Chile and Peru")
  if (t.kind === 'meeting' && facts.strictAgent && facts.partyCount < 2) {
    // "EU leaders are holding talks": or a state actor as the subject of the light verb
    const light = meetingVerbBefore(tokens, first, s.firstToken);
    if (light < 0 || agentOf(lex, tokens, light, light, s, facts) !== 'state') return false;
  }
  // "the Lions on their tour": a tour needs an owner acting for a state
  if (t.needsStateOwner && !ownedByState(lex, tokens, first, last, s, facts, t.needsBefore)) return false;
  // "the club held a meeting", "the initiative is producing conferences": who holds it is no state
  if (t.kind === 'meeting' && objectOfNonState(lex, tokens, first, s, facts)) return false;
  if (t.kind === 'meeting') return facts.stateHere && (!t.nounNeedsNext || t.nounNeedsNext.includes(tokenKey(tokens[last + 1])) || tokenKey(tokens[first - 1]) === 'by');
  // "REM's commitment to their fans", "U2's desire": an owner that cannot act for a state
  if (ownedByNonState(lex, tokens, first, s, facts)) return false;
  // "Japan's commitment", "Canada's firm pledge": with no government actor in reach, a state owns the noun
  if (!t.lightVerbIfNoun) return !facts.strictAgent || stateJustBefore(facts, first, s.firstToken);
  // "Japan made a pledge", "the club made an offer": the subject of the light verb right before the noun
  const light = lightVerbBefore(lex, tokens, Math.max(s.firstToken, first - 4), first);
  if (facts.strictAgent) {
    return light < 0 ? stateJustBefore(facts, first, s.firstToken) : agentOf(lex, tokens, light, light, s, facts) === 'state';
  }
  return light < 0 || agentOf(lex, tokens, light, light, s, facts) !== 'other';
}

/** "held talks", "are holding a summit", "attended the conference": the verb whose object the meeting noun is. */
function meetingVerbBefore(tokens: readonly Token[], first: number, sFirst: number): number {
  for (let j = first - 1; j >= Math.max(sFirst, first - 4); j--) if (STATE_SCOPE.meetingLightVerbs.has(tokenKey(tokens[j]))) return j;
  return -1;
}

/** A state token among the three before the trigger noun: "Japan's firm pledge". */
function stateJustBefore(facts: SentenceFacts, first: number, sFirst: number): boolean {
  for (let k = Math.max(sFirst, first - 3); k < first; k++) if (facts.stateTokens.has(k)) return true;
  return false;
}

export function isNegated(lex: EventLexicon, doc: ParsedDoc, first: number, s: { firstToken: number }): boolean {
  const tokens = doc.tokens;
  for (let j = first - 1; j >= Math.max(s.firstToken, first - 5); j--) {
    if (isNegation(tokens[j], lex.negationWords)) return true;
    if (clauseBreaksAfter(tokens[j])) break;
  }
  // "refused to sign", "denied any agreement", "failed to reach a deal"
  for (let j = first - 1; j >= Math.max(s.firstToken, first - 6); j--) {
    if (matchAt(lex.refusalVerbs, tokens, j, first - 1)) return true;
    if (clauseBreaksAfter(tokens[j])) break;
  }
  return false;
}

/** Threats, demands, accusations, praise and thanks that govern the trigger make it a non-event. */
export function governedByCue(lex: EventLexicon, doc: ParsedDoc, first: number, s: { firstToken: number }): boolean {
  const tokens = doc.tokens;
  for (let j = first - 1; j >= s.firstToken; j--) {
    const t = tokens[j]!;
    // a new coordinated clause ("..., and the two sides signed") starts a new statement
    if (/;/.test(t.post) || (/,/.test(t.post) && ['and', 'but', 'while', 'meanwhile'].includes(tokenKey(tokens[j + 1])))) return false;
    const cue = matchAt(lex.cueVerbs, tokens, j, first - 1);
    if (cue && !isNounUse(t)) return true;
  }
  return false;
}

export function findTriggers(lex: EventLexicon, doc: ParsedDoc, sentence: number, facts: SentenceFacts): TriggerHit[] {
  const s = doc.sentences[sentence]!;
  const hits: TriggerHit[] = [];
  for (let i = s.firstToken; i <= s.lastToken; ) {
    const m = matchAt(lex.triggers, doc.tokens, i, s.lastToken);
    if (!m) {
      i++;
      continue;
    }
    const last = i + m.length - 1;
    const t = m.value;
    if (passes(lex, doc, t, i, last, s, facts) && !governedByCue(lex, doc, i, s) && !isIrrealis(lex, doc, t, i, last, s)) {
      const prev = keysBetween(doc.tokens, Math.max(s.firstToken, i - 2), i - 1);
      const verb = t.modalProvision ? provisionVerbAfter(lex, doc.tokens, last, s.lastToken) : undefined;
      // other senses, demands and predictions, background participles (modality.ts)
      if (moodBlocks(lex, doc.tokens, t, i, last, s, facts.isHeader, verb)) {
        i = last + 1;
        continue;
      }
      const negated = isNegated(lex, doc, i, s) || (t.kind === 'meeting' && isCancelledMeeting(doc.tokens, i, last, s));
      hits.push({ trigger: t, first: i, last, negated, future: t.pos === 'verb' && (prev.includes('will') || prev.includes('to')), verb });
    }
    i = last + 1;
  }
  return hits;
}

/**
 * Events that are only wished for, conditional or threatened: "if there is any plan to meet",
 * "hoping to strike a deal", "promising to eliminate ...".
 */
export function isIrrealis(lex: EventLexicon, doc: ParsedDoc, t: EventTrigger, first: number, last: number, s: TokenRange): boolean {
  const tokens = doc.tokens;
  const cStart = clauseStart(tokens, s.firstToken, first);
  if (keysBetween(tokens, cStart, first - 1).some((k) => lex.hypotheticalCues.has(k))) return true;
  if (t.kind === 'meeting') return false;
  if (keysBetween(tokens, Math.max(s.firstToken, first - 3), first - 1).some((k) => lex.irrealisCues.has(k))) return true;
  const next = keysBetween(tokens, last + 1, Math.min(s.lastToken, last + 2));
  const action = next[0] === 'to' ? next[1] : undefined;
  return t.kind === 'commitment' && action !== undefined && lex.threatActions.has(action);
}
