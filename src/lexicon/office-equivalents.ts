import * as z from 'zod';
import data from './office-equivalents.json' with { type: 'json' };

// The same office under each state's own name (office-equivalents.json): "his American counterpart" of
// a finance minister is the Treasury Secretary, of Britain's chancellor too; a German chancellor's
// counterpart elsewhere is that state's head of government. Validated on first use and by the tests.

const phrase = z.string().regex(/^[a-z][a-z '-]*[a-z]$/, 'lower-case phrase');
const code = z.string().regex(/^[A-Z]{2}$/);
const office = z.object({ title: z.string().min(2), head: phrase }).strict();

export const officeEquivalentsSchema = z
  .object({
    $comment: z.string().optional(),
    classes: z.array(
      z
        .object({
          name: z.string().min(2),
          /** the portfolio (portfolios.json name) that puts an office in this class, if any */
          portfolio: z.string().min(2).nullable(),
          /** title heads that are this office wherever they are used */
          heads: z.array(phrase),
          /** title heads that are this office only in these states */
          headsByCountry: z.record(phrase, z.array(code).min(1)),
          default: office,
          byCountry: z.record(code, office),
        })
        .strict(),
    ),
  })
  .strict();

export type OfficeClass = z.infer<typeof officeEquivalentsSchema>['classes'][number];
export interface Office {
  title: string;
  head: string;
}

let classes: readonly OfficeClass[] | undefined;
const load = (): readonly OfficeClass[] => (classes ??= officeEquivalentsSchema.parse(data).classes);

/** Throws on a malformed file: the tests call it. */
export const validateOfficeEquivalents = (value: unknown = data): void => void officeEquivalentsSchema.parse(value);

/** The class of an office held in `country` (null: unknown state): by its portfolio, else by its head. */
export function officeClassOf(head: string | null, portfolio: string | null, country: string | null): OfficeClass | null {
  for (const c of load()) if (portfolio && c.portfolio === portfolio) return c;
  if (!head || portfolio) return null;
  for (const c of load()) {
    if (c.heads.includes(head)) return c;
    const states = c.headsByCountry[head];
    if (states && country && states.includes(country)) return c;
  }
  return null;
}

/** What `country` calls an office of class `c`. */
export const officeIn = (c: OfficeClass, country: string): Office => c.byCountry[country] ?? c.default;
