// Which part of the record a FHIR resource belongs to. The category is the unit a resident's consent will
// cover (issue 6), so every stored resource has exactly one. Decision 0014 explains the choices.
import type { Resource } from '@medplum/fhirtypes';

export const RECORD_CATEGORIES = [
  'medication',
  'problems',
  'measurements',
  'health-checks',
  'notes',
  'documents',
  'contacts',
] as const;
export type RecordCategory = (typeof RECORD_CATEGORIES)[number];
/** The Patient (who the record is about) is stored apart from the categories. */
export type StoredCategory = RecordCategory | 'patient';

export const SUPPORTED_TYPES = [
  'Patient',
  'Condition',
  'MedicationStatement',
  'MedicationRequest',
  'AllergyIntolerance',
  'Observation',
  'Immunization',
  'QuestionnaireResponse',
  'Goal',
  'DocumentReference',
  'Encounter',
] as const;
export type SupportedType = (typeof SUPPORTED_TYPES)[number];

const BY_TYPE: Record<Exclude<SupportedType, 'Observation'>, StoredCategory> = {
  Patient: 'patient',
  Condition: 'problems',
  // Allergies belong with the problem list in the Dutch GP summary (BgZ: "Alerts" and "Allergieën" next to
  // "Problemen"), and a consent for problems is what someone needs to know about them.
  AllergyIntolerance: 'problems',
  MedicationStatement: 'medication',
  MedicationRequest: 'medication',
  // A vaccination is a medicine given once; whoever may see the medication may see it.
  Immunization: 'medication',
  QuestionnaireResponse: 'health-checks',
  // The resident's own goals and care goals sit with the own notes ("own goals and notes").
  Goal: 'notes',
  DocumentReference: 'documents',
  Encounter: 'contacts',
};

export function isSupported(type: string): type is SupportedType {
  return (SUPPORTED_TYPES as readonly string[]).includes(type);
}

const SURVEY = 'http://terminology.hl7.org/CodeSystem/observation-category';

/** Observations are measurements, except scores of a questionnaire (category survey), which are health checks. */
export function categoryOf(resource: Resource & { resourceType: SupportedType }): StoredCategory {
  if (resource.resourceType !== 'Observation') return BY_TYPE[resource.resourceType];
  const survey = (resource.category ?? []).some((c) =>
    (c.coding ?? []).some((x) => x.code === 'survey' && (!x.system || x.system === SURVEY)),
  );
  return survey || resource.derivedFrom?.some((r) => r.reference?.startsWith('QuestionnaireResponse'))
    ? 'health-checks'
    : 'measurements';
}
