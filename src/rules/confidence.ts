// What `confidence` means: how much the rule that made a record can be trusted, from 0 to 1, before
// anyone checks it. It is a fixed score per rule, lowered for each piece of weaker evidence the record
// needed (a state inferred from the dateline, parties taken from the sentences before); it is not a
// calibrated probability. Every such number is here, in one table, so that they can be compared.

export const CONFIDENCE = {
  /** an official starts from the rule that introduced them */
  officialAnchor: {
    'official/title-name': 0.9,
    'official/appositive': 0.85,
    'official/title-comma-name': 0.8,
    'official/counterpart': 0.75,
    'official/party-member': 0.6,
    'official/descriptor-link': 0.5,
  } as Readonly<Record<string, number>>,
  officialAnchorDefault: 0.7,
  /** an official's state taken from weaker evidence, in order of trust, costs this much */
  officialCountryFallback: {
    'official/country-dateline': 0.15,
    'official/country-institutions': 0.2,
    'official/country-host': 0.25,
    'official/country-document': 0.25,
    // text evidence short of a demonym: the official's own reported clause, an office one state uses
    'official/country-speech': 0.1,
    'official/country-office': 0.1,
  } as const,
  /** the same fallbacks for an official known not to serve the partner's state */
  officialCountryExcluded: 0.25,
  /** a state inferred from pairing with a same-office holder of another state */
  officialOtherSide: 0.1,
  /** no official drops below this */
  officialFloor: 0.1,
  agreement: 0.8,
  commitment: 0.75,
  meeting: 0.8,
  /** a negated agreement or commitment ("did not agree") */
  negatedEvent: 0.6,
  /** parties taken from the sentences around, not named in the event's own sentence */
  inferredParties: 0.1,
} as const;
