// HTTP shapes of questionnaire definitions (zod; they also make the OpenAPI document). The Questionnaire
// itself is checked by definition.ts, whose errors name the item's linkId; here it is any JSON object.
import { z } from 'zod';
import { STATUSES } from './definition.ts';
import { ERROR_CODES, questionnaireResponseSchema } from './engine.ts';
import { scorerLinkSchema } from './scoring.ts';
import { scoreOut } from '../schema.ts';

export const idParams = z.object({ id: z.uuid() });

const fhirJson = z.record(z.string(), z.unknown());

export const importBody = z.object({
  /** the owning organisation; null for a built-in questionnaire (administrators only) */
  organisationId: z.uuid().nullable(),
  /** a FHIR R4 Questionnaire as JSON */
  questionnaire: fhirJson,
  /** optional: the instrument scorer it is linked to, with the mapping of linkIds and answer codes */
  scoring: scorerLinkSchema.nullable().optional(),
});
export type ImportInput = z.infer<typeof importBody>;

export const listQuery = z.object({
  status: z.enum(STATUSES).optional(),
  organisationId: z.uuid().optional(),
  instrument: z.string().min(1).max(64).optional(),
});
export type ListFilter = z.infer<typeof listQuery>;

export const statusBody = z.object({
  /** a questionnaire goes live (active) or is withdrawn (retired); its content never changes */
  status: z.enum(['active', 'retired']),
});

export const summaryOut = z.object({
  id: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  url: z.string(),
  version: z.string().nullable(),
  status: z.enum(STATUSES),
  title: z.string().nullable(),
  instrument: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** whether the caller may change its status */
  canManage: z.boolean(),
});
export type QuestionnaireSummary = z.infer<typeof summaryOut>;

export const listOut = z.object({ items: z.array(summaryOut) });

export const detailOut = summaryOut.extend({
  scoring: scorerLinkSchema.nullable(),
  /** the Questionnaire as FHIR JSON, as GET …/fhir gives it */
  questionnaire: fhirJson,
});
export type QuestionnaireDetail = z.infer<typeof detailOut>;

export const validateBody = z.object({ response: questionnaireResponseSchema });

export const screenOut = z.object({
  linkId: z.string(),
  kind: z.enum(['question', 'group', 'display']),
  items: z.array(z.string()),
  section: z.array(z.string()),
});

export const validateOut = z.object({
  enabled: z.array(z.string()),
  errors: z.array(z.object({ linkId: z.string(), code: z.enum(ERROR_CODES), message: z.string() })),
  complete: z.boolean(),
  screens: z.array(screenOut),
  /** the linked scorer's result for the answers so far (absent without a scorer, or when an answer cannot be scored) */
  score: scoreOut.optional(),
});
export type ValidateOut = z.infer<typeof validateOut>;
