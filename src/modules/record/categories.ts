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

const LOINC = 'http://loinc.org';
/** LOINC 51855-5 "Patient Note": what the resident wrote themself. */
export const PATIENT_NOTE = '51855-5';

/**
 * Observations are measurements, except scores of a questionnaire (category survey), which are health checks.
 * A DocumentReference is a document (a letter, a report), except a note the patient wrote (type LOINC
 * 51855-5, how FHIR carries a free-text note), which belongs with the own goals and notes: whoever the
 * resident lets see their notes sees it, and a consent for letters does not show it.
 */
export function categoryOf(resource: Resource & { resourceType: SupportedType }): StoredCategory {
  if (resource.resourceType === 'DocumentReference') {
    const note = (resource.type?.coding ?? []).some((c) => c.system === LOINC && c.code === PATIENT_NOTE);
    return note ? 'notes' : 'documents';
  }
  if (resource.resourceType !== 'Observation') return BY_TYPE[resource.resourceType];
  const survey = (resource.category ?? []).some((c) =>
    (c.coding ?? []).some((x) => x.code === 'survey' && (!x.system || x.system === SURVEY)),
  );
  return survey || resource.derivedFrom?.some((r) => r.reference?.startsWith('QuestionnaireResponse'))
    ? 'health-checks'
    : 'measurements';
}

/** The parts a resource of this type can be stored in (an Observation: measurements or health checks). */
export function categoriesOfType(type: SupportedType): StoredCategory[] {
  if (type === 'DocumentReference') return ['documents', 'notes'];
  return type === 'Observation' ? ['measurements', 'health-checks'] : [BY_TYPE[type]];
}
