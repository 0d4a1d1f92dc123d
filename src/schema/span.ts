import * as z from 'zod';

// Offsets count Unicode code points of the input after BOM removal; `end` is exclusive, so
// `[...input].slice(start, end).join('') === text` holds for every span (as jq and Python index).
export const spanSchema = z
  .object({
    text: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'span end must not precede start' })
  .meta({ id: 'Span', description: 'Code-point offsets into the input (BOM removed), end exclusive.' });

export type Span = z.infer<typeof spanSchema>;
