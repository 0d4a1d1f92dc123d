import { createRequire } from 'node:module';
import type nlpDefault from 'compromise';
import { countryTagWords } from '../lexicon/countries.js';
import { installTagger, type TaggerStatus } from './tagger.js';

export type Nlp = typeof nlpDefault;
export type View = ReturnType<Nlp>;

let instance: Nlp | undefined;
let status: TaggerStatus | undefined;

/** Whether the rule sweep is in use in this process (after the first getNlp()). */
export const taggerStatus = (): TaggerStatus | undefined => status;

/**
 * Our tags and words, and the phrase chunker off. Exported so that tests can configure a stock copy of
 * compromise exactly like ours and compare the two.
 */
export function configureNlp(nlp: Nlp): void {
  nlp.plugin({
    tags: {
      Title: { isA: 'Noun', notA: ['Person', 'Place', 'Organization', 'FirstName', 'LastName'] },
    },
    words: { ...countryTagWords() },
  });
  // The phrase chunker (noun/verb groups) is about a tenth of each parse and no rule of ours reads it.
  const hooks = (nlp.world() as { hooks: string[] }).hooks;
  if (hooks.includes('chunks')) hooks.splice(hooks.indexOf('chunks'), 1);
}

// The only place compromise is loaded and configured. Its lexicon and hooks are global to the process
// (and registering twice runs hooks twice), so this runs once per process or worker thread.
// The CommonJS bundle loads in about half the time of the unbundled ESM sources.
export function getNlp(): Nlp {
  if (instance) return instance;
  const nlp = createRequire(import.meta.url)('compromise') as Nlp;
  configureNlp(nlp);
  // the same rule hits as compromise's own sweep, so the same tags, in less time (rule-sweep.ts), when
  // this compromise is the one it was checked against (tagger.ts)
  status = installTagger(nlp, { stock: process.env.EXTRACT_STOCK_TAGGER === '1' });
  // process.emitWarning, not the console: a library user can listen for it, the CLI shows it on stderr
  if (status.override === 'off' && !status.deliberate) process.emitWarning(`tagger override off, using the stock tagger (slower, same output): ${status.reason}`, 'ExtractWarning');
  instance = nlp;
  return nlp;
}
