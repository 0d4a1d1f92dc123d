#!/usr/bin/env node
// Compiles the lexicons once at build time (validating them on the way) into dist/lexicon/snapshot.json,
// which the CLI then loads instead of compiling them on every start (see src/lexicon/snapshot.ts).
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'lexicon');
const { buildCountryLexicon } = await import(path.join(dist, 'countries.js'));
const { buildOfficialsLexicon, officialsLexiconData } = await import(path.join(dist, 'officials.js'));
const { buildEventLexicon, eventLexiconData } = await import(path.join(dist, 'event-lexicon.js'));
const { serialiseSnapshot } = await import(path.join(dist, 'snapshot.js'));
const { validateGrammarWords } = await import(path.join(dist, 'grammar-words.js'));

validateGrammarWords();
(await import(path.join(dist, 'currencies.js'))).validateCurrencies();
(await import(path.join(dist, 'dates.js'))).validateDateWords();
(await import(path.join(dist, 'state-scope.js'))).validateStateScope();
(await import(path.join(dist, 'event-modality.js'))).validateEventModality();
(await import(path.join(dist, 'party-politics.js'))).validatePartyPolitics();
(await import(path.join(dist, 'headline-verbs.js'))).validateHeadlineVerbs();
(await import(path.join(dist, 'official-state-cues.js'))).validateOfficialStateCues();

const snapshot = {
  countries: buildCountryLexicon(),
  officials: buildOfficialsLexicon(officialsLexiconData()),
  events: buildEventLexicon(...eventLexiconData()),
};
writeFileSync(path.join(dist, 'snapshot.json'), serialiseSnapshot(snapshot));
// the office-holder roster is read as it is, and only when a lookup needs it (src/lexicon/roster.ts)
copyFileSync(path.join(dist, '..', '..', 'src', 'lexicon', 'roster.json'), path.join(dist, 'roster.json'));
