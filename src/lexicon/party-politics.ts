import * as z from 'zod';
import data from './party-politics.json' with { type: 'json' };

// Word lists for party politics (issue 15, fa-pol): who acts for a party rather than a state ("the shadow
// chancellor", "Tory leader", "his party", "a Labour government would"), which meetings are a party's
// ("Labour's spring conference", "a fringe meeting") or a campaign's ("visited marginal seats"), and the
// clause words that make an event a question, a time reference or background. Read by
// src/extractors/events/party-politics.ts; validated by the build (scripts/snapshot-lexicons.mjs) and the tests.

const word = z.string().regex(/^[a-z][a-z' -]*$/, 'lower-case word or phrase');
const list = z
  .array(word)
  .min(1)
  .refine((l) => new Set(l).size === l.length, 'a word is listed twice');

export const partyPoliticsSchema = z
  .object({
    /** words of party names: "Labour", "Tories", "Lib Dems", "Republican" */
    partyNames: list,
    /** words that name a party role or a party's people: "shadow", "opposition", "candidate", "delegates" */
    partyRoleWords: list,
    /** nouns after a party name that make it the state: "the Labour government" */
    governmentNouns: list,
    /** title words of a state office: an official so titled acts for the state even if a party word is near */
    stateTitleWords: list,
    /** how many tokens before (and after a comma) an official's name are read as its title */
    titleWindow: z.number().int().min(1).max(8),
    /** before a party's government, these make it one still to be elected: "a Labour government would" */
    hypotheticalGovernment: list,
    /** before a meeting noun, these make it a party's or a campaign's: "party conference", "fringe meeting" */
    partyEventModifiers: list,
    /** the meeting nouns a party modifier can own */
    partyMeetingNouns: list,
    /** campaign words: a meeting in a sentence with one and no second state is a campaign act */
    campaignWords: list,
    /** "before the meeting", "in the run-up to the summit": the meeting only dates something else */
    timeReferences: list,
    /** the first word of a direct question: "Should the United Kingdom approve ...?" */
    questionOpeners: list,
    /** right before the trigger, these date it as background: "has previously promised" */
    backgroundAdverbs: list,
    /** "two years ago" after the trigger in its clause: an old event recalled */
    agoUnits: list,
  })
  .strict();

/** Throws on a malformed lexicon: the build and the tests call it. */
export function validatePartyPolitics(value: unknown = data): void {
  partyPoliticsSchema.parse(value);
}

const set = (l: readonly string[]): ReadonlySet<string> => new Set(l);

export const PARTY_POLITICS = Object.freeze({
  partyNames: set(data.partyNames),
  partyRoleWords: set(data.partyRoleWords),
  governmentNouns: set(data.governmentNouns),
  stateTitleWords: set(data.stateTitleWords),
  titleWindow: data.titleWindow,
  hypotheticalGovernment: set(data.hypotheticalGovernment),
  partyEventModifiers: set(data.partyEventModifiers),
  partyMeetingNouns: set(data.partyMeetingNouns),
  campaignWords: set(data.campaignWords),
  timeReferences: data.timeReferences.map((p) => p.split(' ')),
  questionOpeners: set(data.questionOpeners),
  backgroundAdverbs: set(data.backgroundAdverbs),
  agoUnits: set(data.agoUnits),
});
