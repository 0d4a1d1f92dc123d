import type { Token, TokenRange } from '../../document/document.js';
import { clauseBreaksAfter, isVerbOnly } from '../../document/predicates.js';
import { PARTY_POLITICS as PP } from '../../lexicon/party-politics.js';
import type { ExtractContext } from '../types.js';
import type { SentenceParties } from './parties.js';
import type { TriggerHit } from './triggers.js';
import { tokenKey } from './tokens.js';

// Party politics is not state action (issue 15, fa-pol). The guidelines count a minister announcing what
// the government will do, not a party's election promise; a campaign visit to marginal seats, a party
// conference or an opposition leader's backing is no state event either. Decided per trigger, by who
// acts nearest before it in its sentence (an official titled as a party figure, a party name, "his
// party", "a Labour government would") and by the meeting word's own modifiers and sentence; plus three
// clause checks: a direct question, a meeting named only as a time reference ("before the meeting"), an
// old event recalled ("has previously promised", "two years ago"). The units with examples:
// src/rules/event-party-constraints.ts; the word lists: src/lexicon/party-politics.json.


export interface PartyScope {
  /** token index → index into ctx.officials, for every mention (names and resolved pronouns) */
  readonly officialAt: ReadonlyMap<number, number>;
  /** officials titled in the text as party figures: "Tory leader", "the shadow chancellor", "Labour MP" */
  readonly partyOfficials: ReadonlySet<number>;
}

const isPartyWord = (t: Token): boolean => (PP.partyNames.has(t.key) && /^\p{Lu}/u.test(t.text)) || PP.partyRoleWords.has(t.key);

/** Words titling a name: up to titleWindow before it (the comma of "the shadow chancellor, X" allowed) and an apposition after it. */
function titleTokens(tokens: readonly Token[], first: number, last: number, s: TokenRange): Token[] {
  const out: Token[] = [];
  for (let j = first - 1; j >= Math.max(s.firstToken, first - PP.titleWindow); j--) {
    const t = tokens[j]!;
    if (isVerbOnly(t) || (j < first - 1 && clauseBreaksAfter(t))) break;
    out.push(t);
  }
  if (/,/.test(tokens[last]!.post)) {
    for (let j = last + 1; j <= Math.min(s.lastToken, last + PP.titleWindow); j++) {
      out.push(tokens[j]!);
      if (clauseBreaksAfter(tokens[j])) break;
    }
  }
  return out;
}

/** A party figure: no state office in the resolved title (a shadow one aside), and a party word titling a name mention. */
function isPartyFigure(ctx: ExtractContext, o: ExtractContext['officials'][number]): boolean {
  const title = (o.title ?? '').toLowerCase().split(/[\s-]+/);
  if (!title.includes('shadow') && title.some((w) => PP.stateTitleWords.has(w))) return false;
  const { tokens, sentences } = ctx.doc;
  return o.mentions.some((m) => m.kind !== 'reference' && titleTokens(tokens, m.firstToken, m.lastToken, sentences[m.sentence]!).some(isPartyWord));
}

export function partyScopeOf(ctx: ExtractContext): PartyScope {
  const officialAt = new Map<number, number>();
  const partyOfficials = new Set<number>();
  ctx.officials.forEach((o, i) => {
    for (const m of o.mentions) for (let k = m.firstToken; k <= m.lastToken; k++) officialAt.set(k, i);
    if (isPartyFigure(ctx, o)) partyOfficials.add(i);
  });
  return { officialAt, partyOfficials };
}

/** "the Labour government" is the state; "a Labour government would", "under a Tory government" is one to be elected. */
function governmentNounAgent(tokens: readonly Token[], j: number, sFirst: number): 'party' | 'state' {
  let k = j - 1;
  while (k >= sFirst && k >= j - 2 && !(PP.partyNames.has(tokenKey(tokens[k])) && /^\p{Lu}/u.test(tokens[k]!.text))) k--;
  if (k < sFirst || k < j - 2) return 'state';
  for (let h = k - 1; h >= Math.max(sFirst, k - 2); h--) if (PP.hypotheticalGovernment.has(tokenKey(tokens[h]))) return 'party';
  return 'state';
}

/** Who acts nearest before the trigger in its sentence: a party or party figure, a state, or nobody found. */
export function nearestActor(scope: PartyScope, stateTokens: ReadonlySet<number>, governmentWords: ReadonlySet<string>, tokens: readonly Token[], first: number, s: TokenRange): 'party' | 'state' | 'none' {
  for (let j = first - 1; j >= s.firstToken; j--) {
    const o = scope.officialAt.get(j);
    if (o !== undefined) return scope.partyOfficials.has(o) ? 'party' : 'state';
    const t = tokens[j]!;
    if (PP.governmentNouns.has(t.key)) return governmentNounAgent(tokens, j, s.firstToken);
    if (stateTokens.has(j)) return 'state';
    if (isPartyWord(t)) return PP.governmentNouns.has(tokenKey(tokens[j + 1])) ? governmentNounAgent(tokens, j + 1, s.firstToken) : 'party';
    if (governmentWords.has(t.key)) return 'state';
  }
  return 'none';
}

/** "would be offered ... by a future Tory government": the agent of a passive, when no actor stands before the trigger. */
function passiveByActor(c: PartyCheck, tokens: readonly Token[], last: number, s: TokenRange): 'party' | 'state' | 'none' {
  for (let j = last + 1; j <= Math.min(s.lastToken - 1, last + 8); j++) {
    if (tokenKey(tokens[j]) !== 'by') continue;
    let end = j + 1;
    while (end < Math.min(s.lastToken, j + 5) && !clauseBreaksAfter(tokens[end])) end++;
    return nearestActor(c.scope, c.stateTokens, c.governmentWords, tokens, end + 1, { firstToken: j + 1, lastToken: end });
  }
  return 'none';
}

/** Does one of the phrases end at token `end`? */
function phraseEndsAt(tokens: readonly Token[], end: number, from: number, phrases: readonly string[][]): boolean {
  return phrases.some((p) => end - p.length + 1 >= from && p.every((w, k) => tokenKey(tokens[end - p.length + 1 + k]) === w));
}

/** The word before the noun phrase that ends with the trigger: "before [the final] meeting", "the run-up to [the G8] summit". */
function beforeNounPhrase(tokens: readonly Token[], first: number, sFirst: number): number {
  let j = first - 1;
  for (let n = 0; j >= sFirst && n < 4; j--, n++) {
    const t = tokens[j]!;
    if (!(t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Value') || t.tags.has('Possessive') || t.tags.has('ProperNoun'))) break;
  }
  return j;
}

/** "Labour's spring conference", "a fringe meeting", "his pre-election tour", "a meeting of the Labour Party": a party's or a campaign's meeting noun. */
function isPartyMeetingNoun(tokens: readonly Token[], hit: TriggerHit, s: TokenRange): boolean {
  if (!PP.partyMeetingNouns.has(tokenKey(tokens[hit.last])) || isVerbOnly(tokens[hit.first]!)) return false;
  // "a meeting of the Parliamentary Labour Party": a party as the meeting's "of" complement
  if (tokenKey(tokens[hit.last + 1]) === 'of') {
    for (let j = hit.last + 2; j <= Math.min(s.lastToken, hit.last + 5); j++) if (isPartyWord(tokens[j]!)) return true;
  }
  const sFirst = s.firstToken;
  for (let j = hit.first - 1; j >= Math.max(sFirst, hit.first - 3); j--) {
    const t = tokens[j]!;
    if (PP.partyEventModifiers.has(t.key) || isPartyWord(t)) return true;
    if (isVerbOnly(t) || t.tags.has('Preposition') || clauseBreaksAfter(t)) return false;
  }
  return false;
}

/** "Should the United Kingdom approve the treaty?": the clause holding the trigger is a direct question. */
export function isQuestion(tokens: readonly Token[], first: number, last: number, s: TokenRange): boolean {
  let q = -1;
  for (let j = last; j <= s.lastToken && q < 0; j++) {
    const post = tokens[j]!.post;
    if (/\?/.test(post)) q = j;
    else if (/[.!;]/.test(post)) return false;
  }
  if (q < 0) return false;
  let start = first;
  while (start > s.firstToken && !/[.:;!?"“]/.test(tokens[start - 1]!.post) && !/["“]/.test(tokens[start]!.pre)) start--;
  return PP.questionOpeners.has(tokenKey(tokens[start]));
}

/** "has previously promised", "promised ... when he was elected two years ago": an old event recalled, not news. */
function isRecalled(tokens: readonly Token[], hit: TriggerHit, s: TokenRange): boolean {
  for (let j = hit.first - 1; j >= Math.max(s.firstToken, hit.first - 2); j--) if (PP.backgroundAdverbs.has(tokens[j]!.key)) return true;
  for (let j = hit.last + 1; j <= s.lastToken; j++) {
    if (tokens[j]!.key === 'ago' && PP.agoUnits.has(tokenKey(tokens[j - 1]))) return true;
    if (/[;.!?]/.test(tokens[j]!.post)) break;
  }
  return false;
}

const hasCampaignWord = (tokens: readonly Token[], s: TokenRange): boolean => {
  for (let j = s.firstToken; j <= s.lastToken; j++) if (PP.campaignWords.has(tokens[j]!.key)) return true;
  return false;
};

export interface PartyCheck {
  scope: PartyScope;
  stateTokens: ReadonlySet<number>;
  governmentWords: ReadonlySet<string>;
  here: SentenceParties;
}

/**
 * Whether a hit that passed every other check is party politics, a question or a time reference. A
 * meeting or an agreement with two states in its sentence stays, and so does one with a state office
 * holder on the other side: an opposition party's talks with the prime minister, the chancellor
 * discussing the campaign with the prime minister. A commitment by a party is never the state's.
 */
export function isPartyPolitics(ctx: ExtractContext, c: PartyCheck, hit: TriggerHit, s: TokenRange): boolean {
  const { tokens } = ctx.doc;
  const kind = hit.trigger.kind;
  if (isQuestion(tokens, hit.first, hit.last, s) || isRecalled(tokens, hit, s)) return true;
  if (kind === 'meeting' && !isVerbOnly(tokens[hit.first]!) && phraseEndsAt(tokens, beforeNounPhrase(tokens, hit.first, s.firstToken), s.firstToken, PP.timeReferences)) return true;
  const before = nearestActor(c.scope, c.stateTokens, c.governmentWords, tokens, hit.first, s);
  const actor = before === 'none' ? passiveByActor(c, tokens, hit.last, s) : before;
  if (kind === 'commitment') return actor === 'party';
  if (c.here.countries.length >= 2) return false;
  // "a speech to Labour's spring conference": whoever else is named there speaks at it, not with the party
  if (kind === 'meeting' && isPartyMeetingNoun(tokens, hit, s)) return true;
  const stateOfficials = c.here.officials.filter((o) => !c.scope.partyOfficials.has(o)).length;
  const counterpart = kind === 'meeting' && stateAfter(c, tokens, hit.last, s);
  if (actor === 'party') return stateOfficials === 0 && !counterpart;
  return kind === 'meeting' && stateOfficials <= 1 && !counterpart && hasCampaignWord(tokens, s);
}

/** "the shadow home secretary", "a Labour government would": a government word a party word qualifies. */
function partyTitled(tokens: readonly Token[], j: number, sFirst: number): boolean {
  for (let k = j - 1; k >= Math.max(sFirst, j - 2); k--) if (PP.partyRoleWords.has(tokens[k]!.key)) return true;
  return governmentNounAgent(tokens, j, sFirst) === 'party';
}

/** A state actor after the trigger, as the other side: "discussed the campaign with the prime minister". */
function stateAfter(c: PartyCheck, tokens: readonly Token[], last: number, s: TokenRange): boolean {
  for (let j = last + 1; j <= s.lastToken; j++) {
    const o = c.scope.officialAt.get(j);
    if (o !== undefined ? !c.scope.partyOfficials.has(o) : c.governmentWords.has(tokens[j]!.key) && !partyTitled(tokens, j, s.firstToken)) return true;
  }
  return false;
}
