import { placeCountry } from '../lexicon/countries.js';
import { loadEventLexicon, type EventLexicon } from '../lexicon/event-lexicon.js';
import type { ParsedDoc } from '../document/document.js';
import { CONFIDENCE } from '../rules/confidence.js';
import { allRulesOn } from '../rules/types.js';
import { triggerRuleId } from '../rules/trigger-id.js';
import { extractDetails } from './events/details.js';
import { createPartyResolver, resolveCommitmentParties, resolveJointParties, type SentenceParties } from './events/parties.js';
import { extractQuotes } from './events/quotes.js';
import { eventTimeFields, moneyContextOf } from './events/fields.js';
import { findSetting } from './events/setting.js';
import { isStrictSentence, isTeamsSentence, stateScopeOf } from './events/state-scope.js';
import { findTriggers, type SentenceFacts, type TriggerHit } from './events/triggers.js';
import { countryCodeAt, findRecallHits } from './events/recall.js';
import { dropNestedHits } from './events/modality.js';
import { isPartyPolitics, partyScopeOf } from './events/party-politics.js';
import { clauseBreaksAfter } from '../document/predicates.js';
import { matchAt, tokenKey } from './events/tokens.js';
import type { AgreementDraft, CommitmentDraft, EventDrafts, ExtractContext, MeetingDraft, Range } from './types.js';
import { GRAMMAR_WORDS } from '../lexicon/grammar-words.js';

const CLAUSE_END_WORDS = GRAMMAR_WORDS.clauseEndWords;
const MAX_ACTION_TOKENS = 40;

const ruleIdOf = (hit: TriggerHit): string => triggerRuleId(hit.trigger);

/** Tokens that stand for a state: country mentions (names, demonyms, capitals), institutions, officials. */
function stateTokensOf(lex: EventLexicon, ctx: ExtractContext, countryTokens: ReadonlySet<number>): { tokens: Set<number>; sentences: Set<number>; officialSentences: Set<number> } {
  const tokens = new Set(countryTokens);
  const sentences = new Set<number>();
  const officialSentences = new Set<number>();
  for (const m of ctx.countries) sentences.add(m.sentence);
  for (const o of ctx.officials) {
    for (const m of o.mentions) {
      for (let k = m.firstToken; k <= m.lastToken; k++) tokens.add(k);
      sentences.add(m.sentence);
      officialSentences.add(m.sentence);
    }
  }
  const all = ctx.doc.tokens;
  for (let i = 0; i < all.length; ) {
    const hit = matchAt(lex.metonyms, all, i, ctx.doc.sentences[all[i]!.sentence]!.lastToken);
    if (hit && /^\p{Lu}/u.test(all[i]!.text)) {
      for (let k = i; k < i + hit.length; k++) tokens.add(k);
      sentences.add(all[i]!.sentence);
      i += hit.length;
    } else i++;
  }
  return { tokens, sentences, officialSentences };
}

type StateTokens = ReturnType<typeof stateTokensOf>;

const near = (set: ReadonlySet<number>, s: number): boolean => set.has(s) || set.has(s - 1) || set.has(s - 2);

function sentenceFacts(lex: EventLexicon, ctx: ExtractContext, sentence: number, here: SentenceParties, countryTokens: ReadonlySet<number>, state: StateTokens): SentenceFacts {
  const hasParty = here.countries.length > 0 || here.officials.length > 0;
  const partyCount = here.countries.length;
  const officialNear = near(state.officialSentences, sentence);
  const stateNear = near(state.sentences, sentence);
  // a state acting here: an official, a country not only a place, "both sides", "EU leaders", or "he"
  // and "they" when an official or a state was named just before
  const actsHere = (k: string): boolean =>
    lex.governmentWords.has(k) || isStateActorWord(lex, k) || ((k === 'he' || k === 'she') && officialNear) || ((k === 'they' || k === 'we') && stateNear);
  const stateHere = here.officials.length > 0 || here.countries.some((c) => !here.weak.has(c)) || hasWord(ctx.doc, sentence, actsHere);
  const s = ctx.doc.sentences[sentence]!;
  let hasActor = hasParty;
  for (let i = s.firstToken; i <= s.lastToken && !hasActor; i++) {
    const t = ctx.doc.tokens[i]!;
    // a named person or body (not a place) can act for a state; officials may not be resolved yet
    const named = t.tags.has('ProperNoun') && !t.tags.has('Place');
    if (lex.actorWords.has(tokenKey(t)) || t.tags.has('Person') || t.tags.has('Title') || named) hasActor = true;
  }
  return {
    hasActor,
    isHeader: ctx.article.headerSentences.has(sentence),
    countryTokens,
    partyCount,
    stateTokens: state.tokens,
    officialNear,
    officialBefore: state.officialSentences.has(sentence - 1) || state.officialSentences.has(sentence - 2),
    stateNear,
    stateHere,
  };
}

const PRONOUNS = GRAMMAR_WORDS.personalPronouns;

/** a word that can name a state actor ("minister", "sides", "government"), pronouns aside */
const isStateActorWord = (lex: EventLexicon, key: string): boolean => lex.actorWords.has(key) && !PRONOUNS.has(key);

const hasGovernmentTitle = (lex: EventLexicon, title: string | null): boolean =>
  (title ?? '').split(/[\s-]+/).some((w) => lex.governmentWords.has(w.toLowerCase()));

/**
 * A state takes part when an official is named, a country is named (or its capital stands for it), or a
 * demonym qualifies a government word ("the Turkish minister"). "A Brazilian striker" or "the Dutch
 * dairy group" mention a country without making it a party.
 *
 * Where business or sports words are about (`cued`), a government word ("the minister") or an official
 * must act, or a country name that could act: not as a modifier ("Ghana striker", "Ghana's squad"), not
 * as a place ("in Lisbon"). In a commercial article an official counts only with a government title (a
 * club has a president too).
 */
type StateTest = 'loose' | 'cued' | 'commercial';

function createStatePartyTest(lex: EventLexicon, ctx: ExtractContext): (sentence: number, officials: number[], test: StateTest) => boolean {
  const loose = new Map<number, boolean>();
  const strictly = new Map<number, boolean>();
  const { tokens } = ctx.doc;
  for (const m of ctx.countries) {
    let state = m.kind !== 'demonym';
    let governed = false;
    for (let k = m.lastToken + 1; !governed && k <= m.lastToken + 2; k++) {
      const t = tokens[k];
      if (!t || t.sentence !== m.sentence) break;
      governed = isStateActorWord(lex, tokenKey(t));
    }
    state ||= governed;
    if (!loose.get(m.sentence)) loose.set(m.sentence, state);
    if (strictly.get(m.sentence)) continue;
    const next = tokens[m.lastToken + 1];
    const prev = tokens[m.firstToken - 1];
    const possessive = /['’]s?$/.test(tokens[m.lastToken]!.text) || /^['’]/.test(next?.text ?? '');
    const modifier =
      !!next && next.sentence === m.sentence && !/[,;:]/.test(tokens[m.lastToken]!.post) && next.tags.has('Noun') && !next.tags.has('ProperNoun') && !next.tags.has('Verb') && !lex.actorWords.has(tokenKey(next));
    const place = !!prev && prev.sentence === m.sentence && (lex.locativePrepositions.has(tokenKey(prev)) || lex.placeNextWords.has(tokenKey(prev)));
    const strictState = governed || (m.kind !== 'demonym' && !place && !(modifier || (possessive && next && !lex.actorWords.has(tokenKey(next)))));
    strictly.set(m.sentence, strictState);
  }
  const governmentTitle = (i: number): boolean => hasGovernmentTitle(lex, ctx.officials[i]?.title ?? null);
  return (sentence, officials, test) => {
    if (test === 'loose') return officials.length > 0 || loose.get(sentence) === true;
    if (strictly.get(sentence) === true || hasWord(ctx.doc, sentence, (k) => lex.governmentWords.has(k))) return true;
    return test === 'cued' ? officials.length > 0 : officials.some(governmentTitle);
  };
}

function hasWord(doc: ParsedDoc, sentence: number, test: (key: string) => boolean): boolean {
  const s = doc.sentences[sentence]!;
  for (let i = s.firstToken; i <= s.lastToken; i++) if (test(tokenKey(doc.tokens[i]))) return true;
  return false;
}

/**
 * Company deals, sports transfers and the like: event words with no state taking part. In a sentence
 * with a business or sports cue, or anywhere in a commercial article (such cues, and no government word
 * or government official anywhere), only a state that can act makes it an event: there "he agreed" is a
 * player and "Ghana striker" is not Ghana.
 */
function isNonPolitical(lex: EventLexicon, doc: ParsedDoc, sentence: number, isStateParty: (test: StateTest) => boolean, commercialArticle: boolean): boolean {
  if (commercialArticle) return !isStateParty('commercial');
  return hasWord(doc, sentence, (k) => lex.nonPoliticalCues.has(k)) && !isStateParty('cued');
}

/**
 * Promises that are not a state's: an election pledge ("if elected", "in its manifesto") or one made by
 * a rebel group, party or farmers named before it with no state or official before it.
 */
function isCampaignOrNonState(lex: EventLexicon, ctx: ExtractContext, sentence: number, trigger: number, here: SentenceParties): boolean {
  const s = ctx.doc.sentences[sentence]!;
  for (let i = s.firstToken; i <= s.lastToken; i++) if (matchAt(lex.campaignCues, ctx.doc.tokens, i, s.lastToken)) return true;
  const stateBefore = here.countries.some((c) => here.at.get(c)! < trigger) || here.officials.some((o) => here.officialAt.get(o)! < trigger);
  if (stateBefore) return false;
  // "the Labour government" is the state
  for (let i = s.firstToken; i < trigger; i++) if (lex.nonStateActors.has(tokenKey(ctx.doc.tokens[i])) && !lex.governmentWords.has(tokenKey(ctx.doc.tokens[i + 1]))) return true;
  return false;
}

/** The agreed or promised act as a clean verb phrase: "establish a joint working group to ...". */
function actionOf(doc: ParsedDoc, hit: TriggerHit): string {
  const s = doc.sentences[doc.tokens[hit.first]!.sentence]!;
  let from = hit.first;
  if (hit.verb !== undefined && hit.verb >= 0) from = hit.verb;
  else if (hit.trigger.phrase.endsWith(' to')) from = hit.last + 1;
  else {
    // "agreed to establish", "reaffirmed its commitment to deepen", "resulted in an agreement to enhance"
    for (let i = hit.last + 1; i <= Math.min(s.lastToken - 1, hit.last + 5); i++) {
      if (tokenKey(doc.tokens[i]) === 'to' && doc.tokens[i + 1]!.tags.has('Verb')) {
        from = i + 1;
        break;
      }
      if (clauseBreaksAfter(doc.tokens[i])) break;
    }
  }
  let to = from;
  for (let i = from; i <= s.lastToken && i - from < MAX_ACTION_TOKENS; i++) {
    to = i;
    const t = doc.tokens[i]!;
    if (/[;:]/.test(t.post)) break;
    if (/,/.test(t.post) && CLAUSE_END_WORDS.has(tokenKey(doc.tokens[i + 1]))) break;
    if (/[”"]/.test(t.post)) break;
  }
  if (from > s.lastToken) return '';
  return doc.text.slice(doc.tokens[from]!.start, doc.tokens[to]!.end).replace(/\s+/g, ' ').trim();
}

function topicsOf(lex: EventLexicon, doc: ParsedDoc, sentence: number): string[] {
  const s = doc.sentences[sentence]!;
  const found = new Set<string>();
  for (let i = s.firstToken; i <= s.lastToken; ) {
    const m = matchAt(lex.topics, doc.tokens, i, s.lastToken);
    if (m) {
      found.add(m.value);
      i += m.length;
    } else i++;
  }
  return [...found];
}

/** Pick one hit of a kind for the sentence: the first asserted one, else the first negated one. */
function pick(hits: TriggerHit[], kind: TriggerHit['trigger']['kind']): TriggerHit | undefined {
  const of = hits.filter((h) => h.trigger.kind === kind);
  return of.find((h) => !h.negated) ?? of[0];
}

const round = (x: number): number => Math.round(x * 100) / 100;
/** a kind's weight, or the negated-event weight, less the inferred-parties cost (src/rules/confidence.ts) */
const eventConfidence = (hit: TriggerHit, weight: number, inferred: boolean): number =>
  round((hit.negated ? CONFIDENCE.negatedEvent : weight) - (inferred ? CONFIDENCE.inferredParties : 0));

/**
 * Commercial: business or sports cues outnumber the words that could name a state actor, and no
 * government word or government official at all ("Porto officials" and a club "president" are weak).
 */
function isCommercialArticle(lex: EventLexicon, ctx: ExtractContext): boolean {
  let cues = 0;
  let actors = 0;
  let government = ctx.officials.some((o) => hasGovernmentTitle(lex, o.title));
  for (const t of ctx.doc.tokens) {
    const k = tokenKey(t);
    if (lex.nonPoliticalCues.has(k)) cues++;
    if (isStateActorWord(lex, k)) actors++;
    if (lex.governmentWords.has(k)) government = true;
  }
  return !government && cues > actors;
}

/** What the records of one sentence share. */
interface SentenceScope {
  ctx: ExtractContext;
  resolver: ReturnType<typeof createPartyResolver>;
  sentence: number;
  evidence: Range;
  topics: string[];
  details: ReturnType<typeof extractDetails>;
}

function agreementFrom(sc: SentenceScope, hit: TriggerHit): AgreementDraft {
  const parties = resolveJointParties(sc.resolver, sc.sentence);
  sc.resolver.noteEvent(parties.countries);
  // "will meet next month to sign an accord": not signed yet
  const status = hit.future && hit.trigger.status === 'signed' ? 'proposed' : (hit.trigger.status ?? 'agreed');
  return {
    action: actionOf(sc.ctx.doc, hit),
    status,
    ...eventTimeFields(sc.ctx, sc.sentence, hit, { proposed: status === 'proposed' }),
    countries: parties.countries,
    officials: parties.officials,
    topics: sc.topics,
    details: sc.details,
    negated: hit.negated,
    evidence: sc.evidence,
    sentence: sc.sentence,
    confidence: eventConfidence(hit, CONFIDENCE.agreement, parties.inferred),
    ruleId: ruleIdOf(hit),
  };
}

function commitmentFrom(sc: SentenceScope, hit: TriggerHit): CommitmentDraft {
  const parties = resolveCommitmentParties(sc.resolver, sc.ctx, sc.sentence, hit.first);
  const countries = [...new Set([parties.by.country, ...parties.to].filter((c): c is string => !!c))];
  sc.resolver.noteEvent(countries);
  return {
    by: parties.by,
    to: parties.to,
    countries,
    officials: parties.officials,
    action: actionOf(sc.ctx.doc, hit),
    kind: hit.trigger.commitment ?? 'pledge',
    ...eventTimeFields(sc.ctx, sc.sentence, hit),
    topics: sc.topics,
    details: sc.details,
    negated: hit.negated,
    evidence: sc.evidence,
    sentence: sc.sentence,
    confidence: eventConfidence(hit, CONFIDENCE.commitment, parties.inferred),
    ruleId: ruleIdOf(hit),
  };
}

function meetingFrom(sc: SentenceScope, hit: TriggerHit): MeetingDraft {
  const parties = resolveJointParties(sc.resolver, sc.sentence);
  const setting = findSetting(sc.ctx.doc, sc.ctx.article, sc.sentence);
  const kind = hit.trigger.meeting ?? 'meeting';
  // the host of a visit takes part in it, even when only its capital is named ("Minister visits Baghdad")
  const host = kind === 'visit' && setting.place ? placeCountry(setting.place) : null;
  if (host && !parties.countries.includes(host)) parties.countries.push(host);
  sc.resolver.noteEvent(parties.countries);
  return {
    kind,
    countries: parties.countries,
    officials: parties.officials,
    ...eventTimeFields(sc.ctx, sc.sentence, hit, { setting }),
    evidence: sc.evidence,
    sentence: sc.sentence,
    confidence: round(CONFIDENCE.meeting - (parties.inferred ? CONFIDENCE.inferredParties : 0)),
    ruleId: ruleIdOf(hit),
  };
}

export function extractEvents(ctx: ExtractContext): EventDrafts {
  const lex = loadEventLexicon();
  const { doc } = ctx;
  const resolver = createPartyResolver(ctx);
  const agreements: AgreementDraft[] = [];
  const commitments: CommitmentDraft[] = [];
  const meetings: MeetingDraft[] = [];
  const isStateParty = createStatePartyTest(lex, ctx);
  const countryTokens = new Set<number>();
  for (const m of ctx.countries) for (let k = m.firstToken; k <= m.lastToken; k++) countryTokens.add(k);
  const commercialArticle = isCommercialArticle(lex, ctx);
  const state = stateTokensOf(lex, ctx, countryTokens);
  const codeAt = countryCodeAt(ctx);
  const money = moneyContextOf(ctx);
  const scope = stateScopeOf(lex, ctx, state.tokens, countryTokens);
  const party = partyScopeOf(ctx);

  for (const s of doc.sentences) {
    // a sports report's sentence with no government actor: "England beat France" names two teams
    if (isTeamsSentence(scope, s.index)) continue;
    const here = resolver.inSentence(s.index);
    const facts = { ...sentenceFacts(lex, ctx, s.index, here, countryTokens, state), strictAgent: isStrictSentence(scope, s.index, ctx.article.headerSentences.has(s.index)) };
    // trigger words first: a recall rule's hit counts only where no trigger of its kind fired
    const found = [...findTriggers(lex, doc, s.index, facts), ...findRecallHits(lex, ctx, s.index, facts, codeAt)];
    // one event inside another ("agreed to open talks"): the inner hit goes (modality.ts)
    const nested = dropNestedHits(doc.tokens, ctx.rules === allRulesOn ? found : found.filter((h) => ctx.rules.isOn(ruleIdOf(h))));
    // party politics, questions, time references and claims are no state event (party-politics.ts)
    const partyCheck = { scope: party, stateTokens: state.tokens, governmentWords: lex.governmentWords, here };
    const hits = nested.filter((h) => !isPartyPolitics(ctx, partyCheck, h, s));
    if (hits.length === 0 || isNonPolitical(lex, doc, s.index, (test) => isStateParty(s.index, here.officials, test), commercialArticle)) continue;
    const evidence: Range = { start: s.start, end: s.end };
    const text = doc.text.slice(s.start, s.end);
    const sc: SentenceScope = { ctx, resolver, sentence: s.index, evidence, topics: topicsOf(lex, doc, s.index), details: extractDetails(text, money) };

    const agreement = pick(hits, 'agreement');
    if (agreement) agreements.push(agreementFrom(sc, agreement));
    const commitment = pick(hits, 'commitment');
    if (commitment && !isCampaignOrNonState(lex, ctx, s.index, commitment.first, here)) commitments.push(commitmentFrom(sc, commitment));
    const meeting = pick(hits, 'meeting');
    // a meeting schedule ("will meet four times a year") is a term of the agreement, not a meeting
    const partOfAgreement = meeting?.future && agreement && !agreement.negated && sc.details.frequency !== null;
    if (meeting && !meeting.negated && !partOfAgreement) meetings.push(meetingFrom(sc, meeting));
  }
  return { agreements, commitments, meetings, quotes: extractQuotes(ctx) };
}
