// The FHIR R4 resources of the resident's own entries, and back to the plain shape for the edit form
// (decision 0017): a measurement is an Observation (LOINC code, UCUM unit, the patient as performer), a note
// a DocumentReference of type LOINC 51855-5 "Patient Note" with the text as a text/plain attachment, a goal
// a Goal the patient expressed. Each carries meta.source urn:wijkpunt:own, which is also its source system.
import type { DocumentReference, Goal, Observation, Quantity } from '@medplum/fhirtypes';
import { PATIENT_NOTE } from '../categories.ts';
import { fhirDateTime, fromFhirDateTime, todayInAmsterdam } from './dates.ts';
import { KINDS, kindOfCode, type ValueSpec } from './kinds.ts';
import type { GoalInput, MeasurementInput, NoteInput, OwnInput } from './schema.ts';

/** The source system of everything the resident entered in Wijkpunt themself. */
export const OWN_SOURCE = 'urn:wijkpunt:own';

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
const CATEGORY_DISPLAY = {
  'vital-signs': 'Vital Signs',
  laboratory: 'Laboratory',
  activity: 'Activity',
  exam: 'Exam',
} as const;

const patient = (residentId: string) => ({ reference: `Patient/${residentId}` });

/**
 * A LOINC coding with the words of our form as FHIR translations (Dutch and English), which present.ts
 * shows to a reader of that language; the display stays LOINC's own.
 */
function loinc(code: string, display: string, words: { nl: string; en: string }) {
  const translation = (lang: 'nl' | 'en') => ({
    url: TRANSLATION,
    extension: [
      { url: 'lang', valueCode: lang },
      { url: 'content', valueString: words[lang] },
    ],
  });
  return {
    system: LOINC,
    code,
    display,
    _display: { extension: [translation('nl'), translation('en')] },
  };
}

const quantity = (v: ValueSpec, value: number): Quantity => ({
  value,
  // the human-readable unit: as written for kg, mmHg …; the UCUM code where there is no short sign
  unit: v.unit.nl === v.unit.en ? v.unit.nl : v.ucum,
  system: UCUM,
  code: v.ucum,
});

export function measurementResource(
  id: string,
  residentId: string,
  m: MeasurementInput,
  now: Date,
): Observation {
  const spec = KINDS[m.kind];
  const effective = m.date ? fhirDateTime(m.date, m.time) : now.toISOString();
  const base: Observation = {
    resourceType: 'Observation',
    id,
    meta: { source: OWN_SOURCE },
    status: 'final',
    category: [
      {
        coding: [
          { system: OBSERVATION_CATEGORY, code: spec.category, display: CATEGORY_DISPLAY[spec.category] },
        ],
      },
    ],
    code: { coding: [loinc(spec.loinc, spec.display, spec.label)], text: spec.label.nl },
    subject: patient(residentId),
    performer: [patient(residentId)],
    effectiveDateTime: effective,
    issued: now.toISOString(),
  };
  if (spec.kind === 'blood-pressure') {
    base.component = spec.values.map((v) => ({
      code: { coding: [loinc(v.loinc, v.display, v.label)], text: v.label.nl },
      valueQuantity: quantity(v, m[v.field]!),
    }));
  } else {
    base.valueQuantity = quantity(spec.values[0]!, m.value!);
  }
  return base;
}

export function noteResource(id: string, residentId: string, n: NoteInput, now: Date): DocumentReference {
  return {
    resourceType: 'DocumentReference',
    id,
    meta: { source: OWN_SOURCE },
    status: 'current',
    docStatus: 'final',
    type: { coding: [loinc(PATIENT_NOTE, 'Patient Note', { nl: 'Eigen notitie', en: 'Own note' })] },
    subject: patient(residentId),
    // `date` is an instant: when the note was written down; the day it is about is the context's period.
    date: now.toISOString(),
    author: [patient(residentId)],
    content: [
      {
        attachment: {
          contentType: 'text/plain; charset=utf-8',
          data: Buffer.from(n.text, 'utf8').toString('base64'),
        },
      },
    ],
    context: { period: { start: n.date ?? todayInAmsterdam(now) } },
  };
}

export function goalResource(id: string, residentId: string, g: GoalInput, startDate: string): Goal {
  return {
    resourceType: 'Goal',
    id,
    meta: { source: OWN_SOURCE },
    lifecycleStatus: 'active',
    description: { text: g.description },
    subject: patient(residentId),
    expressedBy: patient(residentId),
    startDate,
    ...(g.targetDate ? { target: [{ dueDate: g.targetDate }] } : {}),
  };
}

/** An own entry back in the plain shape it was made in; null for a resource no own entry looks like. */
export function ownInput(resourceType: string, resource: Record<string, unknown>): OwnInput | null {
  switch (resourceType) {
    case 'Observation': {
      const o = resource as unknown as Observation;
      const kind = kindOfCode(o.code?.coding?.find((c) => c.system === LOINC)?.code);
      if (!kind) return null;
      const valueOf = (v: ValueSpec) => {
        const q =
          v.field === 'value'
            ? o.valueQuantity
            : o.component?.find((c) => c.code.coding?.some((x) => x.code === v.loinc))?.valueQuantity;
        return typeof q?.value === 'number' ? q.value : null;
      };
      const values = Object.fromEntries(KINDS[kind].values.map((v) => [v.field, valueOf(v)]));
      const { date, time } = fromFhirDateTime(o.effectiveDateTime);
      return {
        type: 'measurement',
        kind,
        value: values.value ?? null,
        systolic: values.systolic ?? null,
        diastolic: values.diastolic ?? null,
        date,
        time,
      };
    }
    case 'DocumentReference': {
      const d = resource as unknown as DocumentReference;
      const data = d.content?.find((c) => c.attachment?.data)?.attachment?.data;
      return {
        type: 'note',
        text: data ? Buffer.from(data, 'base64').toString('utf8') : '',
        date: fromFhirDateTime(d.context?.period?.start).date,
      };
    }
    case 'Goal': {
      const g = resource as unknown as Goal;
      return {
        type: 'goal',
        description: g.description?.text ?? '',
        targetDate: g.target?.find((t) => t.dueDate)?.dueDate ?? null,
      };
    }
    default:
      return null;
  }
}
