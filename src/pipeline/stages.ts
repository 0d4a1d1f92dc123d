import { extractArticle } from '../extractors/article.js';
import { extractCountries } from '../extractors/countries.js';
import { extractEvents } from '../extractors/events.js';
import { extractOfficials } from '../extractors/officials.js';
import type { ArticleInfo, CountryMention, EventDrafts, OfficialDraft } from '../extractors/types.js';
import type { ParsedDoc } from '../document/document.js';
import { withLexicons, type Lexicons } from '../lexicon/active.js';
import type { RuleSwitch } from '../rules/types.js';
import { rosterDate, type UserRoster } from '../lexicon/roster.js';

// The extractor stages, one signature for all: a stage is a function from what it reads to what it
// makes. It reads a frozen input (the document, the lexicons, the rule switch and the outputs of the
// stages before it) and returns its own records; it never writes into its input, and the runner builds
// each next input as a new object. The order is the list below.

export type Stage<In, Out> = (input: In) => Out;

/** What every stage can read, set up before the first one runs. */
export interface StageBase {
  readonly doc: ParsedDoc;
  readonly lexicons: Lexicons;
  /** which rules may fire (ExtractOptions.disable) */
  readonly rules: RuleSwitch;
  /** the user's roster (--roster) and the date to use when the article gives none (--date) */
  readonly roster?: { readonly user: UserRoster | null; readonly date: string | null };
}

/** What each stage makes, by stage name. */
export interface StageOutputs {
  article: ArticleInfo;
  countries: readonly CountryMention[];
  officials: readonly OfficialDraft[];
  events: EventDrafts;
}

export type StageName = keyof StageOutputs;

/** A stage's input: the base, and the outputs of the stages it reads. */
export type StageInput<Reads extends StageName = never> = StageBase & Readonly<Pick<StageOutputs, Reads>>;

export interface NamedStage<Name extends StageName = StageName, Reads extends StageName = StageName> {
  readonly name: Name;
  /** the stages whose output this one reads: each must come earlier in the list */
  readonly reads: readonly Reads[];
  readonly run: Stage<StageInput<Reads>, StageOutputs[Name]>;
}

const defineStage = <Name extends StageName, Reads extends StageName = never>(stage: NamedStage<Name, Reads>): NamedStage<Name, Reads> =>
  Object.freeze(stage);

export const articleStage = defineStage({ name: 'article', reads: [], run: ({ doc }) => extractArticle(doc) });

export const countriesStage = defineStage({ name: 'countries', reads: ['article'], run: ({ doc, article }) => extractCountries(doc, article) });

// officials see no officials yet (their context's list is empty); events see them all
export const officialsStage = defineStage({
  name: 'officials',
  reads: ['article', 'countries'],
  run: ({ doc, article, countries, rules, roster }) =>
    extractOfficials({
      doc,
      article,
      countries,
      officials: [],
      rules,
      roster: { user: roster?.user ?? null, date: rosterDate(article.published, roster?.date ?? undefined) },
    }),
});

export const eventsStage = defineStage({
  name: 'events',
  reads: ['article', 'countries', 'officials'],
  run: ({ doc, article, countries, officials, rules }) => extractEvents({ doc, article, countries, officials, rules }),
});

/** The extractor stages in the order they run. */
export const STAGES: readonly NamedStage[] = Object.freeze([articleStage, countriesStage, officialsStage, eventsStage] as unknown as NamedStage[]);

export type StageResults = StageBase & Readonly<StageOutputs>;

/**
 * Runs `stages` in order over one document. Each stage gets a new frozen object holding the base and
 * every output so far, and runs with the base's lexicons active (src/lexicon/active.ts), so rule code
 * that looks a lexicon up reads the caller's bundle.
 */
export function runStages(base: StageBase, stages: readonly NamedStage[] = STAGES): StageResults {
  return withLexicons(base.lexicons, () => {
    let state: StageBase & Partial<StageOutputs> = Object.freeze({ ...base });
    for (const stage of stages) {
      for (const name of stage.reads) if (state[name] === undefined) throw new Error(`stage ${stage.name} reads ${name}, which no earlier stage made`);
      const out = stage.run(state as StageInput<StageName>);
      state = Object.freeze({ ...state, [stage.name]: out });
    }
    for (const name of ['article', 'countries', 'officials', 'events'] as const) if (state[name] === undefined) throw new Error(`no stage made ${name}`);
    return state as StageResults;
  });
}
