import * as z from 'zod';

// Offsets count Unicode code points of the input after BOM removal; `end` is exclusive, so
// `[...input].slice(start, end).join('') === text` holds for every span (as jq and Python index).
export const spanSchema = z
  .object({
    text: z.string().describe('The characters of the input from start to end, verbatim (line breaks included).'),
    start: z
      .number()
      .int()
      .nonnegative()
      .describe('Offset of the first character: Unicode code points from the start of the input (0-based, byte-order mark removed); not bytes, not UTF-16 units.'),
    end: z
      .number()
      .int()
      .nonnegative()
      .describe('Offset just past the last character (exclusive), in code points; end >= start, and end <= source.chars.'),
  })
  .refine((s) => s.end >= s.start, { message: 'span end must not precede start' })
  .meta({
    id: 'Span',
    title: 'Span',
    description:
      'A piece of the input text. Offsets count Unicode code points of the decoded input after a leading byte-order mark is removed, end exclusive, so [...input].slice(start, end).join("") === text in JavaScript, input[start:end] == text in Python, and .[start:end] in jq.',
  });

export type Span = z.infer<typeof spanSchema>;
