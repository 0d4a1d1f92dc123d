import type * as z from 'zod';
import { activeLexicons, type Lexicons } from './active.js';
import { buildCountryLexicon, countryLexiconData, loadBundledCountryLexicon, type citiesSchema, type countryAliasesSchema } from './countries.js';
import { buildEventLexicon, eventLexiconData, loadBundledEventLexicon, type eventLexiconSchema, type eventTopicsSchema } from './event-lexicon.js';
import {
  buildOfficialsLexicon,
  loadBundledOfficialsLexicon,
  officialsLexiconData,
  type honorificsSchema,
  type portfoliosSchema,
  type titlesSchema,
} from './officials.js';

export type { Lexicons } from './active.js';

/** The JSON the lexicons are compiled from, one field per file of src/lexicon/ (README: "Adding a country form …"). */
export interface LexiconSources {
  countryAliases: z.input<typeof countryAliasesSchema>;
  cities: z.input<typeof citiesSchema>;
  titles: z.input<typeof titlesSchema>;
  portfolios: z.input<typeof portfoliosSchema>;
  honorifics: z.input<typeof honorificsSchema>;
  eventTriggers: z.input<typeof eventLexiconSchema>;
  eventTopics: z.input<typeof eventTopicsSchema>;
}

/** The lexicons extract uses by default: compiled at build time (the snapshot), or from the bundled JSON. */
export function bundledLexicons(): Lexicons {
  return { countries: loadBundledCountryLexicon(), officials: loadBundledOfficialsLexicon(), events: loadBundledEventLexicon() };
}

/** The lexicons of the extraction in progress, else the bundled ones. */
export const currentLexicons = (): Lexicons => activeLexicons() ?? bundledLexicons();

/** A fresh copy of the bundled JSON, to change and hand to buildLexicons. */
export function lexiconSources(): LexiconSources {
  const countries = countryLexiconData();
  const officials = officialsLexiconData();
  const [eventTriggers, eventTopics] = eventLexiconData();
  return structuredClone({
    countryAliases: countries.aliases,
    cities: countries.cities,
    titles: officials.titles,
    portfolios: officials.portfolios,
    honorifics: officials.honorifics,
    eventTriggers,
    eventTopics,
  }) as LexiconSources;
}

/**
 * Validates and compiles lexicons from JSON (the bundled JSON for any part not given), for
 * `extract(text, { lexicons })`. Throws, saying where, on a malformed or duplicate entry. Compiling
 * costs tens of milliseconds: build once, extract many times.
 */
export function buildLexicons(sources: Partial<LexiconSources> = {}): Lexicons {
  const all = { ...lexiconSources(), ...sources };
  return Object.freeze({
    countries: buildCountryLexicon({ aliases: all.countryAliases, cities: all.cities }),
    officials: buildOfficialsLexicon({ titles: all.titles, portfolios: all.portfolios, honorifics: all.honorifics }),
    events: buildEventLexicon(all.eventTriggers, all.eventTopics),
  });
}
