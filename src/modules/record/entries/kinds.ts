// The measurements a resident can add to their own record: per kind the LOINC code, the UCUM unit and the
// range of values we accept (wide enough for any real person, narrow enough to catch a typo such as 810 kg).
// Pure data, so the web app's form reads the same list (decision 0017).

export const MEASUREMENT_KINDS = [
  'weight',
  'blood-pressure',
  'heart-rate',
  'glucose',
  'hba1c',
  'steps',
  'waist',
  'temperature',
] as const;
export type MeasurementKind = (typeof MEASUREMENT_KINDS)[number];

/** The fields of a measurement that hold a number: one value, or the two of a blood pressure. */
export const VALUE_FIELDS = ['value', 'systolic', 'diastolic'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];

type Words = { nl: string; en: string };

export interface ValueSpec {
  field: ValueField;
  loinc: string;
  display: string;
  /** what the form calls the field */
  label: Words;
  /** the field as the object of "Vul … in" / "Enter …", for messages that name it */
  noun: Words;
  /** UCUM code, and the unit as people write it */
  ucum: string;
  unit: Words;
  min: number;
  max: number;
  /** 0: whole numbers only */
  decimals: number;
}

export interface KindSpec {
  kind: MeasurementKind;
  label: Words;
  loinc: string;
  display: string;
  /** http://terminology.hl7.org/CodeSystem/observation-category */
  category: 'vital-signs' | 'laboratory' | 'activity' | 'exam';
  values: ValueSpec[];
}

const same = (s: string): Words => ({ nl: s, en: s });

function one(
  kind: MeasurementKind,
  label: Words,
  noun: Words,
  loinc: string,
  display: string,
  category: KindSpec['category'],
  ucum: string,
  unit: Words,
  min: number,
  max: number,
  decimals: number,
): KindSpec {
  return {
    kind,
    label,
    loinc,
    display,
    category,
    values: [{ field: 'value', loinc, display, label, noun, ucum, unit, min, max, decimals }],
  };
}

export const KINDS: Record<MeasurementKind, KindSpec> = {
  weight: one(
    'weight',
    { nl: 'Gewicht', en: 'Weight' },
    { nl: 'een gewicht', en: 'a weight' },
    '29463-7',
    'Body weight',
    'vital-signs',
    'kg',
    same('kg'),
    1,
    400,
    1,
  ),
  'blood-pressure': {
    kind: 'blood-pressure',
    label: { nl: 'Bloeddruk', en: 'Blood pressure' },
    loinc: '85354-9',
    display: 'Blood pressure panel with all children optional',
    category: 'vital-signs',
    values: [
      {
        field: 'systolic',
        loinc: '8480-6',
        display: 'Systolic blood pressure',
        label: { nl: 'Bovendruk', en: 'Systolic (upper) pressure' },
        noun: { nl: 'een bovendruk', en: 'a systolic pressure' },
        ucum: 'mm[Hg]',
        unit: same('mmHg'),
        min: 50,
        max: 300,
        decimals: 0,
      },
      {
        field: 'diastolic',
        loinc: '8462-4',
        display: 'Diastolic blood pressure',
        label: { nl: 'Onderdruk', en: 'Diastolic (lower) pressure' },
        noun: { nl: 'een onderdruk', en: 'a diastolic pressure' },
        ucum: 'mm[Hg]',
        unit: same('mmHg'),
        min: 20,
        max: 200,
        decimals: 0,
      },
    ],
  },
  'heart-rate': one(
    'heart-rate',
    { nl: 'Hartslag', en: 'Heart rate' },
    { nl: 'een hartslag', en: 'a heart rate' },
    '8867-4',
    'Heart rate',
    'vital-signs',
    '/min',
    { nl: 'slagen per minuut', en: 'beats per minute' },
    20,
    250,
    0,
  ),
  // A home glucose meter measures capillary blood, in mmol/L in the Netherlands.
  glucose: one(
    'glucose',
    { nl: 'Bloedsuiker (glucose)', en: 'Blood sugar (glucose)' },
    { nl: 'een bloedsuikerwaarde', en: 'a blood sugar value' },
    '14743-9',
    'Glucose [Moles/volume] in Capillary blood by Glucometer',
    'laboratory',
    'mmol/L',
    same('mmol/L'),
    1,
    40,
    1,
  ),
  // Dutch labs report HbA1c in IFCC units (mmol/mol), not in percent.
  hba1c: one(
    'hba1c',
    { nl: 'HbA1c (suikerwaarde over 3 maanden)', en: 'HbA1c (average blood sugar over 3 months)' },
    { nl: 'een HbA1c-waarde', en: 'an HbA1c value' },
    '59261-8',
    'Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol',
    'laboratory',
    'mmol/mol',
    same('mmol/mol'),
    15,
    200,
    0,
  ),
  steps: one(
    'steps',
    { nl: 'Stappen op een dag', en: 'Steps in a day' },
    { nl: 'een aantal stappen', en: 'a number of steps' },
    '41950-7',
    'Number of steps in 24 hour Measured',
    'activity',
    '/d',
    { nl: 'per dag', en: 'per day' },
    0,
    100000,
    0,
  ),
  waist: one(
    'waist',
    { nl: 'Buikomvang', en: 'Waist circumference' },
    { nl: 'een buikomvang', en: 'a waist circumference' },
    '8280-0',
    'Waist Circumference at umbilicus by Tape measure',
    'exam',
    'cm',
    same('cm'),
    30,
    250,
    1,
  ),
  temperature: one(
    'temperature',
    { nl: 'Lichaamstemperatuur', en: 'Body temperature' },
    { nl: 'een temperatuur', en: 'a temperature' },
    '8310-5',
    'Body temperature',
    'vital-signs',
    'Cel',
    same('°C'),
    34,
    43,
    1,
  ),
};

/** The kind an Observation's LOINC code belongs to, if it is one of ours. */
export function kindOfCode(loinc: string | undefined): MeasurementKind | undefined {
  return MEASUREMENT_KINDS.find((k) => KINDS[k].loinc === loinc);
}

/** The unit of one of our codes in words, where the UCUM code is no help to a reader ("/d", "/min"). */
export function unitWords(loinc: string | undefined, ucum: string | undefined, locale: 'nl' | 'en') {
  for (const k of MEASUREMENT_KINDS)
    for (const v of KINDS[k].values)
      if (v.loinc === loinc && v.ucum === ucum && v.unit.nl !== v.unit.en) return v.unit[locale];
  return undefined;
}
