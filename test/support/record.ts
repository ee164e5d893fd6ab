// A small FHIR bundle with one resource in every part of the record, for access tests.
import type { RecordCategory } from '../../src/modules/record/categories.ts';

const subject = { reference: 'urn:uuid:p' };

export const EVERY_CATEGORY: Record<RecordCategory, Record<string, unknown>> = {
  medication: {
    resourceType: 'MedicationStatement',
    id: 'm1',
    status: 'active',
    medicationCodeableConcept: { text: 'Metformine 500 mg' },
    subject,
  },
  problems: { resourceType: 'Condition', id: 'c1', code: { text: 'Diabetes mellitus type 2' }, subject },
  measurements: {
    resourceType: 'Observation',
    id: 'o1',
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: '29463-7', display: 'Body weight' }] },
    effectiveDateTime: '2026-01-05',
    valueQuantity: { value: 81, unit: 'kg' },
    subject,
  },
  'health-checks': { resourceType: 'QuestionnaireResponse', id: 'q1', status: 'completed', subject },
  notes: {
    resourceType: 'Goal',
    id: 'g1',
    lifecycleStatus: 'active',
    description: { text: 'Elke dag wandelen' },
    subject,
  },
  documents: {
    resourceType: 'DocumentReference',
    id: 'd1',
    status: 'current',
    content: [{ attachment: { contentType: 'text/plain', title: 'Verwijsbrief' } }],
    subject,
  },
  contacts: { resourceType: 'Encounter', id: 'e1', status: 'finished', class: { code: 'AMB' }, subject },
};

export function everyCategoryBundle() {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    meta: { source: 'urn:test:gp' },
    entry: [
      {
        fullUrl: 'urn:uuid:p',
        resource: { resourceType: 'Patient', id: 'p', name: [{ text: 'Test Inwoner' }] },
      },
      ...Object.values(EVERY_CATEGORY).map((resource) => ({ resource })),
    ],
  };
}
