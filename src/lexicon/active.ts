import type { CountryLexicon } from './countries.js';
import type { EventLexicon } from './event-lexicon.js';
import type { OfficialsLexicon } from './officials.js';

/** The compiled lexicons one extraction reads: the bundled ones, or a caller's (`extract(text, { lexicons })`). */
export interface Lexicons {
  readonly countries: CountryLexicon;
  readonly officials: OfficialsLexicon;
  readonly events: EventLexicon;
}

// The lexicons of the extraction in progress. The pipeline hands its bundle to every stage and also
// sets it here for the stage's duration, so that rule code deep inside an extractor, which obtains a
// lexicon through loadCountryLexicon() and its siblings, reads the same bundle without every helper
// taking it as a parameter. The pipeline is synchronous, so a stage never sees another extraction's
// bundle; the previous one is restored on the way out, even when a stage throws.
let current: Lexicons | undefined;

export const activeLexicons = (): Lexicons | undefined => current;

/** Runs fn with `lexicons` as the active bundle (see above). */
export function withLexicons<T>(lexicons: Lexicons, fn: () => T): T {
  const before = current;
  current = lexicons;
  try {
    return fn();
  } finally {
    current = before;
  }
}
