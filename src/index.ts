// The library's public surface, listed name by name: what is not here is internal and may change.
// The CLI's error records (errorResultSchema, resultSchema) belong to the CLI, not to the library.
export { extract, InvalidOutputError, type ExtractOptions } from './pipeline/extract.js';
export {
  SCHEMA_VERSION,
  agreementSchema,
  agreementStatusSchema,
  amountSchema,
  articleSchema,
  commitmentKindSchema,
  commitmentSchema,
  countrySchema,
  detailsSchema,
  durationSchema,
  extractionSchema,
  frequencySchema,
  meetingKindSchema,
  meetingSchema,
  officialSchema,
  quoteSchema,
  sourceSchema,
  type Agreement,
  type Article,
  type Commitment,
  type Country,
  type Details,
  type Extraction,
  type Meeting,
  type Official,
  type Quote,
} from './schema/extraction.js';
export { spanSchema, type Span } from './schema/span.js';
export { buildLexicons, bundledLexicons, lexiconSources, type LexiconSources, type Lexicons } from './lexicon/lexicons.js';
export { findRule, rules } from './rules/registry.js';
export type { Rule, RuleExamples, RuleKind } from './rules/types.js';
