// HTTP shapes of Wmo cases and advice (zod; they also make the OpenAPI document).
import { z } from 'zod';
import { bilingual } from '../../server/errors.ts';
import { day } from '../consent/schema.ts';
import { RECORD_CATEGORIES } from '../record/categories.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const caseBody = z.object({
  residentId: z.uuid(),
  /** what the report is about, in a few words (e.g. "hulp bij het huishouden") */
  subject: text(500),
  reportedOn: day,
});
export type CaseInput = z.infer<typeof caseBody>;

export const caseUpdate = z.object({
  investigatedOn: day.nullable().optional(),
  appliedOn: day.nullable().optional(),
  decidedOn: day.nullable().optional(),
  decision: text(4000).nullable().optional(),
});
export type CaseUpdate = z.infer<typeof caseUpdate>;

export const requestBody = z.object({
  gpId: z.uuid(),
  question: text(2000),
  categories: z
    .array(z.enum(RECORD_CATEGORIES))
    .min(1, bilingual('Kies minstens één deel van het dossier.', 'Choose at least one part of the record.'))
    .refine(
      (a) => new Set(a).size === a.length,
      bilingual('Elk deel mag maar één keer.', 'Each part may appear only once.'),
    ),
});
export type RequestInput = z.infer<typeof requestBody>;

export const adviceBody = z.object({
  limitations: text(4000),
  prognosis: z.enum(['stable', 'improving', 'worsening', 'unknown']),
  answer: text(4000),
  recommendation: text(4000).optional(),
});
export type AdviceInput = z.infer<typeof adviceBody>;

export const idParams = z.object({ id: z.uuid() });

/** Finding the resident of a report by the exact e-mail address they use in Wijkpunt. */
export const residentLookupBody = z.object({
  email: z.email(bilingual('Vul een geldig e-mailadres in.', 'Enter a valid e-mail address.')),
});
export const residentLookupOut = z.object({ id: z.string(), name: z.string() });

/** The GPs of the consultant's region, to ask for advice. */
export const gpsOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      organisation: z.object({ id: z.string(), name: z.string() }),
    }),
  ),
});
