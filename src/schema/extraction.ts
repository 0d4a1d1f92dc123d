import * as z from 'zod';
import { spanSchema } from './span.js';

export const SCHEMA_VERSION = '1.0.0';

const alpha2 = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');
const confidence = z.number().min(0).max(1);
const ruleId = z.string().regex(/^[a-z]+\/[a-z0-9-]+$/, 'kind/rule-name');

export const sourceSchema = z.object({
  path: z.string().describe('The input path as given, or "-" for stdin, or the id of an --input ndjson line'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  chars: z.number().int().nonnegative().describe('Length of the decoded input in code points'),
});

export const articleSchema = z.object({
  headline: spanSchema.nullable(),
  highlights: z.array(spanSchema),
  dateline: z
    .object({ place: z.string(), country: alpha2.nullable(), span: spanSchema })
    .nullable(),
  publisher: z.string().nullable(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe('ISO date'),
});

export const countrySchema = z.object({
  code: alpha2,
  iso3: z.string().regex(/^[A-Z]{3}$/),
  name: z.string(),
  mentions: z.array(spanSchema).min(1),
});

export const officialSchema = z.object({
  id: z.string().regex(/^o\d+$/),
  name: z.string().min(1),
  title: z.string().nullable(),
  portfolio: z.string().nullable(),
  country: alpha2.nullable(),
  aliases: z.array(z.string()),
  mentions: z.array(spanSchema).min(1),
  confidence,
  ruleIds: z.array(ruleId),
});

export const frequencySchema = z.object({ count: z.number().positive(), per: z.enum(['day', 'week', 'month', 'quarter', 'year']) });
export const amountSchema = z.object({ value: z.number(), currency: z.string().nullable(), text: z.string() });
export const durationSchema = z.object({ value: z.number(), unit: z.enum(['day', 'week', 'month', 'year']), text: z.string() });

export const detailsSchema = z.object({
  frequency: frequencySchema.nullable(),
  amounts: z.array(amountSchema),
  durations: z.array(durationSchema),
  instruments: z.array(z.string()),
});

const eventBase = {
  evidence: spanSchema,
  countries: z.array(alpha2),
  officials: z.array(z.string().regex(/^o\d+$/)).describe('ids of officials[]'),
  confidence,
  ruleId,
};

export const agreementStatusSchema = z.enum(['agreed', 'signed', 'ratified', 'extended', 'reached', 'proposed']);

export const agreementSchema = z.object({
  id: z.string().regex(/^a\d+$/),
  action: z.string(),
  status: agreementStatusSchema,
  topics: z.array(z.string()),
  details: detailsSchema,
  negated: z.boolean(),
  ...eventBase,
});

export const commitmentKindSchema = z.enum(['pledge', 'reaffirmation', 'support', 'intent', 'offer']);

export const commitmentSchema = z.object({
  id: z.string().regex(/^c\d+$/),
  by: z.object({ country: alpha2.nullable(), official: z.string().nullable() }),
  to: z.array(alpha2),
  action: z.string(),
  kind: commitmentKindSchema,
  topics: z.array(z.string()),
  details: detailsSchema,
  negated: z.boolean(),
  ...eventBase,
});

export const meetingKindSchema = z.enum(['meeting', 'talks', 'visit', 'call', 'summit']);

export const meetingSchema = z.object({
  id: z.string().regex(/^m\d+$/),
  kind: meetingKindSchema,
  place: z.string().nullable(),
  when: z.string().nullable(),
  ...eventBase,
});

export const quoteSchema = z.object({
  speaker: z.string().regex(/^o\d+$/),
  text: spanSchema,
});

export const extractionSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: sourceSchema,
    article: articleSchema,
    countries: z.array(countrySchema),
    officials: z.array(officialSchema),
    agreements: z.array(agreementSchema),
    commitments: z.array(commitmentSchema),
    meetings: z.array(meetingSchema),
    quotes: z.array(quoteSchema),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'Extraction', title: 'extract output for one document' });

export const errorCodeSchema = z.enum(['not-found', 'unreadable', 'binary', 'crashed', 'invalid-input', 'invalid-output', 'too-large']);

export const errorResultSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: z.object({ path: z.string() }),
    error: z.object({ code: errorCodeSchema, message: z.string() }),
  })
  .meta({ id: 'ExtractionError', title: 'an input that could not be processed' });

export const resultSchema = z.union([extractionSchema, errorResultSchema]);

export type Article = z.infer<typeof articleSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Official = z.infer<typeof officialSchema>;
export type Details = z.infer<typeof detailsSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Extraction = z.infer<typeof extractionSchema>;
export type ErrorResult = z.infer<typeof errorResultSchema>;
export type ErrorCode = z.infer<typeof errorCodeSchema>;
export type Result = Extraction | ErrorResult;
