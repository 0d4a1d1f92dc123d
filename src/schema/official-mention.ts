import * as z from 'zod';
import { spanSchema } from './span.js';

// An official's mention is a span that also says how the text refers to the person: by a form of the
// name, or by a pronoun or description that reference resolution tied to them. Consumers that only want
// the name forms (a concordance, a name index) filter on `kind`; a span consumer can ignore it.
export const mentionKinds = ['name', 'reference'] as const;

export const officialMentionSchema = z
  .object({
    ...spanSchema.shape,
    kind: z
      .enum(mentionKinds)
      .describe(
        'How the text refers to the person here: "name" for any form of the name ("Mohsin Naqvi", "Mr Naqvi", "PM Shehbaz", "Lula"); "reference" for a pronoun or description resolved to them ("he", "his", "the minister", "the two ministers", "both leaders", "the visiting premier", "his Pakistani counterpart").',
      ),
  })
  .refine((s) => s.end >= s.start, { message: 'span end must not precede start' })
  .meta({
    id: 'OfficialMention',
    title: 'OfficialMention',
    description: 'A Span (same offsets and text) naming or referring to an official, with the kind of reference.',
  });

export type OfficialMentionSpan = z.infer<typeof officialMentionSchema>;
