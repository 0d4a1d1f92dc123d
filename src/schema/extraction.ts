import * as z from 'zod';
import { spanSchema } from './span.js';
import { officialMentionSchema } from './official-mention.js';

export const SCHEMA_VERSION = '1.1.0';

// Every field carries a description: `extract schema` publishes them (src/schema/json-schema.ts), and a
// test walks the published schema and fails on any property without one.

const alpha2 = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');
const countryCode = (what: string): z.ZodString => alpha2.describe(`${what}, as an ISO 3166-1 alpha-2 code (upper case, e.g. "PK", "TR").`);
const CONFIDENCE =
  'How strongly the text supports this record, from 0 to 1 in steps of 0.01. It is the weight of the rule that found the record (one table: src/rules/confidence.ts), lowered for each inference it needed (a country taken from the dateline instead of stated, parties carried over from earlier sentences, a negation). A score for ranking and thresholding, the same for the same evidence; not a calibrated probability.';
const confidence = z.number().min(0).max(1).describe(CONFIDENCE);
const ruleId = z.string().regex(/^[a-z]+\/[a-z0-9-]+$/, 'kind/rule-name').describe('The rule that made this record: `extract rules` lists each rule with its description and examples');
const localId = (prefix: string, what: string): z.ZodString =>
  z
    .string()
    .regex(new RegExp(`^${prefix}\\d+$`))
    .describe(`Id of this ${what}: "${prefix}1", "${prefix}2", … in order of position in the text. Local to this record: the same id in another document names something else; join across documents on source.path (or source.sha256) plus id.`);
const officialRef = (what: string): z.ZodString =>
  z.string().regex(/^o\d+$/).describe(`${what}: the id of an entry in officials[] of the same record.`);

export const schemaVersionSchema = z
  .literal(SCHEMA_VERSION)
  .describe(
    'Version of this output contract (semantic versioning). A minor version only adds (new properties, new error codes); anything else is a new major version. The published schema accepts any version with the same major number.',
  );

export const sourceSchema = z
  .object({
    path: z
      .string()
      .describe(
        'Which input this is: the path as given on the command line or found in a folder (relative when it was given relative), "-" for standard input, or the "id" of an --input ndjson line (numbers as their decimal text). The key to join results back to inputs.',
      ),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('SHA-256 of the decoded text (UTF-8, byte-order mark removed), 64 lower-case hex digits: names the content whatever its path; --resume compares it.'),
    chars: z.number().int().nonnegative().describe('Length of the decoded text in Unicode code points (byte-order mark removed); every span lies within 0..chars.'),
  })
  .describe('The input this record was extracted from.');

export const articleSchema = z
  .object({
    headline: spanSchema.nullable().describe('The headline (a title-like first line), or null when the text does not open with one.'),
    highlights: z.array(spanSchema).describe('Bullet or summary lines under the headline, in text order; empty when there are none.'),
    dateline: z
      .object({
        place: z.string().describe('The place in ordinary case ("Islamabad" for "ISLAMABAD:").'),
        country: countryCode('The state the place is in').nullable().describe('The state the place is in, as an ISO 3166-1 alpha-2 code, or null when the place is not known.'),
        span: spanSchema.describe('Where the dateline place is in the text, as written.'),
      })
      .nullable()
      .describe('The place line that opens wire copy ("ISLAMABAD:", "LONDON (Reuters) -"), or null.'),
    publisher: z.string().nullable().describe('The publication or agency the text names as its source ("Dawn", "Reuters"), or null.'),
    published: z
      .iso.date()
      .nullable()
      .describe('Publication date given in the text, as an ISO 8601 calendar date (YYYY-MM-DD; no time, no zone), or null when the text gives none. Not the date of any event.'),
  })
  .describe('Facts about the article itself, read from its opening lines and publication line.');

export const countrySchema = z
  .object({
    code: countryCode('The country'),
    iso3: z.string().regex(/^[A-Z]{3}$/).describe('The same country as an ISO 3166-1 alpha-3 code ("PAK").'),
    name: z.string().describe('Common English name of the country ("Pakistan"), whatever form the text used.'),
    mentions: z
      .array(spanSchema)
      .min(1)
      .describe('Every place the text refers to the country (name in any common form, possessive, demonym, capital standing for its government, flag emoji), in text order; at least one.'),
  })
  .describe('A state or territory the text refers to; one entry per country, in order of first mention.');

export const officialSchema = z
  .object({
    id: localId('o', 'official'),
    name: z.string().min(1).describe('The fullest form of the person\'s name in the text, without titles or honorifics ("Ali Yerlikaya").'),
    title: z.string().nullable().describe('The office as the text states it ("Interior Minister"), or null when only the name is known.'),
    portfolio: z.string().nullable().describe('The normalised area of the office ("interior", "foreign affairs"), or null when the title names none.'),
    country: countryCode('The state the official serves')
      .nullable()
      .describe('The state the official serves, as an ISO 3166-1 alpha-2 code; null for international organisations or when the text does not say.'),
    aliases: z.array(z.string()).describe('Other forms of the name used in the text ("Yerlikaya"); empty when none.'),
    mentions: z
      .array(officialMentionSchema)
      .min(1)
      .describe('Every mention of this person, in text order: forms of the name (kind "name") and pronouns and descriptions resolved to them (kind "reference"); at least one.'),
    confidence,
    ruleIds: z
      .array(ruleId)
      .describe('Ids ("kind/rule-name") of the rules that found this official or filled its fields, for tracing; rules are added and renamed between versions.'),
    evidence: z
      .enum(['text', 'roster', 'dateline'])
      .describe('Where the country and title came from: the text itself, the dated roster of office holders (the text was silent), or the dateline (a local official whose state the text does not name).'),
  })
  .describe('A person holding or described by an office; one entry per person, in order of first mention.');

const PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export const frequencySchema = z
  .object({
    count: z.number().positive().describe('How many times per period (> 0; "twice a year" → 2).'),
    per: z.enum(PERIODS).describe('The period: day, week, month, quarter or year.'),
  })
  .describe('How often something is to happen ("quarterly" → {count: 1, per: "quarter"}).');
export const amountSchema = z
  .object({
    value: z.number().describe('The amount in whole units of the currency with scale words applied ("$1.2bn" → 1200000000); may have a fraction.'),
    currency: z
      .string()
      .nullable()
      .describe(
        'ISO 4217 currency code ("USD", "EUR", "AUD" for "A$", "CAD" for "C$", "EUR" for "euros"). A bare "$", "dollars", "¥" or "rupees" is resolved from the dateline\'s state, else from the one state using that currency among the countries the text names ("$" is USD only when the dateline or the text points to the United States), else null: an amount is never USD just because of a "$". Symbols and words: src/lexicon/currencies.json.',
      ),
    text: z.string().describe('The amount as written in the text.'),
  })
  .describe('A sum of money named in the sentence.');
export const durationSchema = z
  .object({
    value: z.number().describe('Number of units (> 0; may have a fraction, e.g. 1.5).'),
    unit: z.enum(['day', 'week', 'month', 'year']).describe('The unit: day, week, month or year.'),
    text: z.string().describe('The duration as written in the text ("five-year").'),
  })
  .describe('A length of time named in the sentence ("a five-year deal").');

export const detailsSchema = z
  .object({
    frequency: frequencySchema.nullable().describe('How often the thing agreed or promised is to happen, or null.'),
    amounts: z.array(amountSchema).describe('Sums of money in the sentence, in text order; empty when none.'),
    durations: z.array(durationSchema).describe('Lengths of time in the sentence, in text order; empty when none.'),
    instruments: z
      .array(z.string())
      .describe('Named instruments in the sentence, lower-cased ("memorandum of understanding", "joint working group"); empty when none.'),
  })
  .describe('Concrete terms read from the evidence sentence.');

const eventBase = {
  evidence: spanSchema.describe('The whole sentence the record was read from.'),
  countries: z.array(countryCode('A state')).describe('The states taking part, as ISO 3166-1 alpha-2 codes; empty when the text names none.'),
  officials: z.array(officialRef('An official taking part')).describe('The officials taking part: ids of entries in officials[] of the same record.'),
  confidence,
  ruleId: ruleId.describe('Id ("kind/rule-name") of the rule that found this record, for tracing; rules are added and renamed between versions.'),
};
// Added in 1.1.0: every event has place, when, date, timing, source and sameAs.
const isoDay = z.iso.date();
export const eventDateSchema = z
  .object({
    iso: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/)
      .describe('The date as ISO 8601: one day ("2025-11-06") or an interval "from/to" ("2025-12-01/2025-12-31").'),
    from: isoDay.describe('First day (YYYY-MM-DD).'),
    to: isoDay.describe('Last day (YYYY-MM-DD), the same as from for one day.'),
  })
  .describe('`when` as calendar dates.');
const date = eventDateSchema
  .nullable()
  .describe(
    '`when` resolved to calendar dates: a day ("on Thursday" in an article published on Friday 2025-11-07 → 2025-11-06; "7 November 2025"; "yesterday") or a range ("next month", "last week", "August 25 to 31"). Relative words are read against article.published; a bare weekday or month counts back for an event that happened and forward for a planned one. Null when `when` is null, gives no date, or needs a publication date the article does not give.',
  );
const place = z.string().nullable().describe('Where it took or takes place, as named in the text ("Islamabad"; "here" is the dateline\'s place), or null.');
const when = z.string().nullable().describe('When, in the words of the text ("on Thursday", "next month"), or null when not said; `date` gives it as calendar dates.');
export const eventTimingSchema = z.enum(['happened', 'planned']);
const timing = eventTimingSchema.describe(
  'happened: the text reports it as done or under way ("met on Monday", "signed the accord", "pledged $5m"); planned: announced for the future and not yet done ("will travel to Paris next month", a headline "PM to visit Delhi", "are due to sign", "the upcoming summit", a proposed agreement). A commitment is happened when it is made, even if what it promises lies ahead ("Norway will give Chad a grant" is a commitment made); it is planned when the pledging itself is announced ("is expected to pledge aid at the conference").',
);
export const eventSourceSchema = z.enum(['headline', 'highlight', 'body']);
/** Where, when and whether it happened: the same four fields, in this order, on every kind of event. */
const setting = { place, when, date, timing };

const origin = (prefix: string, what: string) => ({
  source: eventSourceSchema.describe(
    'Where in the article the evidence is: the headline, a highlight (bullet or summary line under the headline), or the body. Headline and highlight records mostly repeat an event the body reports (see sameAs): count body records to count each event of the body once, and add the headline or highlight records whose sameAs is null for events told only there.',
  ),
  sameAs: z
    .string()
    .regex(new RegExp(`^${prefix}\\d+$`))
    .nullable()
    .describe(`For a headline or highlight record: the id of the body ${what} in this record that reports the same event (shared parties, place, amounts or words), or null when the body reports none. Always null for a body record.`),
});

const ACTION = 'What the event is about, in the words of the text (the verb phrase after the trigger: "strengthen cooperation between interior ministries").';
const TOPICS = 'Subject areas the sentence touches, from the project\'s topic list (src/lexicon/event-topics.json: "trade", "counterterrorism", …); empty when none.';
const NEGATED = 'true when the sentence denies or refuses it ("refused to sign", "did not agree"): kept so that a refusal is not mistaken for silence.';

export const agreementStatusSchema = z.enum(['agreed', 'signed', 'ratified', 'extended', 'reached', 'proposed']);

export const agreementSchema = z
  .object({
    id: localId('a', 'agreement'),
    action: z.string().describe(ACTION),
    status: agreementStatusSchema.describe(
      'How far the agreement got: agreed, signed, ratified, extended, reached, or proposed (planned or offered, not yet made).',
    ),
    topics: z.array(z.string()).describe(TOPICS),
    details: detailsSchema,
    negated: z.boolean().describe(NEGATED),
    ...setting,
    ...eventBase,
    ...origin('a', 'agreement'),
  })
  .describe('Something two or more parties agreed, signed or proposed; in text order.');

export const commitmentKindSchema = z.enum(['pledge', 'reaffirmation', 'support', 'intent', 'offer']);

export const commitmentSchema = z
  .object({
    id: localId('c', 'commitment'),
    by: z
      .object({
        country: countryCode('The committing state').nullable().describe('The state that commits, as an ISO 3166-1 alpha-2 code, or null.'),
        official: officialRef('The official who commits').nullable().describe('The official who commits: the id of an entry in officials[] of the same record, or null.'),
      })
      .describe('Who makes the commitment; either part may be null.'),
    to: z.array(countryCode('A state')).describe('The states the commitment is made to, as ISO 3166-1 alpha-2 codes; empty when none is named.'),
    action: z.string().describe(ACTION),
    kind: commitmentKindSchema.describe(
      'What sort of commitment: pledge (a promise), reaffirmation (a promise repeated), support (backing for another party), intent (a stated plan), offer.',
    ),
    topics: z.array(z.string()).describe(TOPICS),
    details: detailsSchema,
    negated: z.boolean().describe(NEGATED),
    ...setting,
    ...eventBase,
    ...origin('c', 'commitment'),
  })
  .describe('A promise, pledge or offer one party makes; in text order. countries[] holds by.country and to[] together.');

export const meetingKindSchema = z.enum(['meeting', 'talks', 'visit', 'call', 'summit']);

export const meetingSchema = z
  .object({
    id: localId('m', 'meeting'),
    kind: meetingKindSchema.describe('meeting, talks, visit, call (by telephone or video) or summit.'),
    ...setting,
    ...eventBase,
    ...origin('m', 'meeting'),
  })
  .describe('A meeting, visit, call or summit between parties; in text order.');

export const quoteSchema = z
  .object({
    speaker: officialRef('Who said it'),
    text: spanSchema.describe('The quoted words, without the quotation marks.'),
  })
  .describe('Direct speech attributed to an official; in text order.');

export const extractionSchema = z
  .object({
    schemaVersion: schemaVersionSchema,
    source: sourceSchema,
    article: articleSchema,
    countries: z.array(countrySchema).describe('The countries the text refers to, in order of first mention.'),
    officials: z.array(officialSchema).describe('The officials in the text, in order of first mention.'),
    agreements: z.array(agreementSchema).describe('Agreements, in text order.'),
    commitments: z.array(commitmentSchema).describe('Commitments, in text order.'),
    meetings: z.array(meetingSchema).describe('Meetings, visits, calls and summits, in text order.'),
    quotes: z.array(quoteSchema).describe('Direct speech by officials, in text order.'),
    warnings: z
      .array(z.string())
      .describe('Notes about reading this input (invalid UTF-8 replaced, a long text extracted in pieces); empty when none. English text for people, not a fixed vocabulary.'),
  })
  .meta({
    id: 'Extraction',
    title: 'Extraction',
    description: 'What extract found in one input. Every array is present (empty when nothing was found) and every field that can be absent is null.',
  });

export const errorCodeSchema = z.enum(['not-found', 'unreadable', 'binary', 'crashed', 'invalid-input', 'invalid-output', 'too-large']);

/** Meaning of each error code, published in the schema. */
export const errorCodeMeanings: Record<ErrorCode, string> = {
  'not-found': 'The input does not exist: a missing file, a dangling link, a folder or pattern with no match.',
  unreadable: 'The input exists but could not be read (permissions, a folder, an I/O error).',
  binary: 'The input is not text (NUL bytes).',
  'invalid-input': 'An --input ndjson line that is not a JSON object with a usable "id" and a string "text".',
  crashed: 'extract failed on this input (an internal error or a worker that died); the rest of the run went on.',
  'invalid-output': 'The result failed extract\'s own validation and was withheld (a bug in extract).',
  'too-large': 'The input (a file, standard input or an --input ndjson line) is larger than --max-size; the message names the limit. Raise it with --max-size.',
};

export const errorResultSchema = z
  .object({
    schemaVersion: schemaVersionSchema,
    source: z
      .object({
        path: z
          .string()
          .describe(
            'Which input failed, named as in Extraction.source.path. For an --input ndjson line with no readable "id": "line-sha256:" and the SHA-256 (64 lower-case hex digits) of the line\'s UTF-8 bytes without its line ending, so the name is the same in every partition and run.',
          ),
      })
      .describe('The input that failed.'),
    error: z
      .object({
        code: errorCodeSchema.describe('Why it failed (see each value). New codes may appear in a minor version: treat an unknown code as a failure of this input.'),
        message: z
          .string()
          .describe('What went wrong, in English for people; not a fixed vocabulary. For an --input ndjson line it ends with where the line was in this process\'s input ("(stdin:18)"), a hint that is local to the process.'),
      })
      .describe('What went wrong.'),
  })
  .meta({
    id: 'ExtractionError',
    title: 'Extraction error',
    description: 'An input that could not be processed: exactly one per failed input, in its place, so every input is accounted for.',
  });

export const resultSchema = z.union([extractionSchema, errorResultSchema]).meta({
  id: 'Result',
  title: 'Result',
  description: 'One result: an NDJSON line, an --out-dir file, or the whole --format json output for one input.',
});

export const resultArraySchema = z.array(resultSchema).meta({
  id: 'Results',
  title: 'Results',
  description: 'What --format json prints for several inputs (or none): an array of results in input order (completion order with --unordered).',
});

export type Article = z.infer<typeof articleSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Official = z.infer<typeof officialSchema>;
export type Details = z.infer<typeof detailsSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;
export type EventTiming = z.infer<typeof eventTimingSchema>;
export type EventSource = z.infer<typeof eventSourceSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Extraction = z.infer<typeof extractionSchema>;
export type ErrorResult = z.infer<typeof errorResultSchema>;
export type ErrorCode = z.infer<typeof errorCodeSchema>;
export type Result = Extraction | ErrorResult;
