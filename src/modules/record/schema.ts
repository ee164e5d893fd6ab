// The record's HTTP shapes (zod), and the checks on the FHIR fields Wijkpunt relies on. Types of the
// resources themselves come from @medplum/fhirtypes; these schemas only check what we read, and let every
// other element through untouched (FHIR JSON is stored as it came, apart from rewritten references).
import { z } from 'zod';
import { PURPOSES } from '../consent/tables.ts';
import { RECORD_CATEGORIES, type SupportedType } from './categories.ts';

/** A FHIR bundle of one person's record can be large (Synthea's biggest are 3–5 MB). */
export const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;

export const BUNDLE_TYPES = ['transaction', 'batch', 'collection', 'searchset'] as const;

export const bundleBody = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.enum(BUNDLE_TYPES),
  meta: z.looseObject({ source: z.string().optional() }).optional(),
  identifier: z.looseObject({ system: z.string().optional(), value: z.string().optional() }).optional(),
  entry: z
    .array(z.looseObject({ fullUrl: z.string().optional(), resource: z.unknown().optional() }))
    .max(100_000)
    .optional(),
});
export type BundleBody = z.infer<typeof bundleBody>;

const counts = z.record(z.string(), z.number().int());
export const importOut = z.object({
  imported: counts,
  unsupported: counts,
  rejected: z.array(z.object({ index: z.number().int(), reason: z.string() })),
});
export type ImportResult = z.infer<typeof importOut>;

// --- the fields we rely on, per resource type ---------------------------------------------------------

const coding = z.looseObject({
  system: z.string().optional(),
  code: z.string().optional(),
  display: z.string().optional(),
});
const concept = z.looseObject({ coding: z.array(coding).optional(), text: z.string().optional() });
const reference = z.looseObject({ reference: z.string().optional(), display: z.string().optional() });
const dateTime = z.string().min(1);
const period = z.looseObject({ start: dateTime.optional(), end: dateTime.optional() });
const status = z.string().min(1);
// nl-core examples write some quantities as strings ("125"); FHIR says number. Both are read as numbers.
const quantity = z.looseObject({
  value: z.union([z.number(), z.string()]).optional(),
  unit: z.string().optional(),
  code: z.string().optional(),
});
const medication = {
  medicationCodeableConcept: concept.optional(),
  medicationReference: reference.optional(),
};
const hasMedication = (r: { medicationCodeableConcept?: unknown; medicationReference?: unknown }) =>
  r.medicationCodeableConcept !== undefined || r.medicationReference !== undefined;
const medicationMissing = { message: 'medication[x]', path: ['medication[x]'] };

const base = {
  id: z.string().min(1).max(200).optional(),
  identifier: z
    .array(z.looseObject({ system: z.string().optional(), value: z.string().optional() }))
    .optional(),
  meta: z.looseObject({ source: z.string().optional() }).optional(),
};

export const RESOURCE_SCHEMAS: Record<SupportedType, z.ZodType> = {
  Patient: z.looseObject({ ...base }),
  Condition: z.looseObject({
    ...base,
    code: concept.optional(),
    clinicalStatus: concept.optional(),
    subject: reference,
    onsetDateTime: dateTime.optional(),
    recordedDate: dateTime.optional(),
  }),
  MedicationStatement: z
    .looseObject({
      ...base,
      status,
      ...medication,
      subject: reference,
      effectiveDateTime: dateTime.optional(),
      effectivePeriod: period.optional(),
    })
    .refine(hasMedication, medicationMissing),
  MedicationRequest: z
    .looseObject({
      ...base,
      status,
      intent: status,
      ...medication,
      subject: reference,
      authoredOn: dateTime.optional(),
    })
    .refine(hasMedication, medicationMissing),
  AllergyIntolerance: z.looseObject({ ...base, code: concept.optional(), patient: reference }),
  Observation: z.looseObject({
    ...base,
    status,
    code: concept,
    category: z.array(concept).optional(),
    effectiveDateTime: dateTime.optional(),
    effectivePeriod: period.optional(),
    valueQuantity: quantity.optional(),
    component: z.array(z.looseObject({ code: concept, valueQuantity: quantity.optional() })).optional(),
  }),
  Immunization: z.looseObject({
    ...base,
    status,
    vaccineCode: concept,
    patient: reference,
    occurrenceDateTime: dateTime.optional(),
  }),
  QuestionnaireResponse: z.looseObject({ ...base, status, authored: dateTime.optional() }),
  Goal: z.looseObject({ ...base, lifecycleStatus: status, description: concept, subject: reference }),
  DocumentReference: z.looseObject({
    ...base,
    status,
    content: z.array(z.looseObject({ attachment: z.looseObject({}) })).min(1),
    date: dateTime.optional(),
  }),
  Encounter: z.looseObject({
    ...base,
    status,
    class: coding,
    period: period.optional(),
    type: z.array(concept).optional(),
  }),
};

// --- what the web app reads -----------------------------------------------------------------------------

export const categoryParams = z.object({ category: z.enum(RECORD_CATEGORIES) });
export const residentParams = z.object({ residentId: z.uuid() });
/** Why someone else opens a record: the purpose a consent must name, and the named referral or MDO. */
export const purposeQuery = z.object({
  purpose: z.enum(PURPOSES),
  purposeRef: z.string().trim().min(1).max(200).optional(),
});

export const codeOut = z.object({
  system: z.string().nullable(),
  systemName: z.string().nullable(),
  code: z.string(),
});
/** A coded thing in plain words: its text (Dutch where the data carries it) and its codes. */
export const conceptOut = z.object({ text: z.string(), codes: z.array(codeOut) });

export const itemOut = z.object({
  id: z.string(),
  resourceType: z.string(),
  what: conceptOut,
  status: z.string().nullable(),
  date: z.string().nullable(),
  endDate: z.string().nullable(),
  detail: z.string().nullable(),
});
export type Item = z.infer<typeof itemOut>;

export const pointOut = z.object({
  /** the Observation the value comes from */
  id: z.string(),
  date: z.string().nullable(),
  value: z.number(),
  unit: z.string().nullable(),
});
export const seriesOut = z.object({
  code: z.string(),
  what: conceptOut,
  unit: z.string().nullable(),
  points: z.array(pointOut),
});
export type Series = z.infer<typeof seriesOut>;

export const categoryOut = z.object({
  category: z.enum(RECORD_CATEGORIES),
  items: z.array(itemOut),
  /** medication only: what is in use now and what was stopped or finished */
  current: z.array(itemOut).optional(),
  stopped: z.array(itemOut).optional(),
  /** measurements only: values per code over time, oldest first */
  series: z.array(seriesOut).optional(),
});
export type CategoryView = z.infer<typeof categoryOut>;

export const summaryOut = z.object({
  residentId: z.string(),
  /** the parts of the record the caller may see (all of them for the resident); the rest holds only these */
  categories: z.array(z.enum(RECORD_CATEGORIES)),
  patient: z.object({ name: z.string().nullable(), birthDate: z.string().nullable() }).nullable(),
  counts: z.partialRecord(z.enum(RECORD_CATEGORIES), z.number().int()),
  /** null when the caller may not see that part */
  currentMedication: z.number().int().nullable(),
  activeProblems: z.number().int().nullable(),
  latestMeasurements: z.array(
    z.object({
      code: z.string(),
      what: conceptOut,
      date: z.string().nullable(),
      value: z.number(),
      unit: z.string().nullable(),
    }),
  ),
  lastUpdated: z.string().nullable(),
});
export type Summary = z.infer<typeof summaryOut>;
