// Plain shapes of record resources for the web app: what it is in words (Dutch where the data carries it),
// its codes with the name of their code system, status and dates. Reads FHIR JSON; knows no access rules.
import type {
  AllergyIntolerance,
  CodeableConcept,
  Coding,
  Condition,
  DocumentReference,
  Encounter,
  Goal,
  Immunization,
  MedicationRequest,
  MedicationStatement,
  Observation,
  Patient,
  Quantity,
  QuestionnaireResponse,
} from '@medplum/fhirtypes';
import type { Locale } from '../../server/i18n.ts';
import type { StoredResource } from './access.ts';
import { categoryOf, type RecordCategory } from './categories.ts';
import type { CategoryView, Item, Series } from './schema.ts';
import { unitWords } from './entries/kinds.ts';

const SYSTEMS: Record<string, string> = {
  'http://snomed.info/sct': 'SNOMED CT',
  'http://loinc.org': 'LOINC',
  'http://www.whocc.no/atc': 'ATC',
  'urn:oid:2.16.840.1.113883.6.73': 'ATC',
  'urn:oid:2.16.840.1.113883.2.4.4.1': 'G-Standaard (GPK)',
  'urn:oid:2.16.840.1.113883.2.4.4.7': 'G-Standaard (HPK)',
  'urn:oid:2.16.840.1.113883.2.4.4.8': 'G-Standaard (ZI)',
  'urn:oid:2.16.840.1.113883.2.4.4.10': 'G-Standaard (PRK)',
  'http://hl7.org/fhir/sid/icpc-1-nl': 'ICPC',
  'urn:oid:2.16.840.1.113883.2.4.4.31.1': 'ICPC',
  'http://hl7.org/fhir/sid/icd-10': 'ICD-10',
  'http://hl7.org/fhir/sid/icd-10-nl': 'ICD-10',
  'http://www.nlm.nih.gov/research/umls/rxnorm': 'RxNorm',
  'http://hl7.org/fhir/sid/cvx': 'CVX',
  'http://unitsofmeasure.org': 'UCUM',
};

const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';

/** A coding's display in the reader's language when the data carries a translation, else as it is. */
function displayOf(c: Coding & { _display?: { extension?: unknown[] } }, locale: Locale): string | undefined {
  for (const ext of (c._display?.extension ?? []) as {
    url?: string;
    extension?: { url?: string; valueCode?: string; valueString?: string }[];
  }[]) {
    if (ext.url !== TRANSLATION) continue;
    const lang = ext.extension?.find((x) => x.url === 'lang')?.valueCode;
    const content = ext.extension?.find((x) => x.url === 'content')?.valueString;
    if (content && lang?.toLowerCase().startsWith(locale)) return content;
  }
  return c.display;
}

export function concept(cc: CodeableConcept | undefined, locale: Locale, fallback = ''): Item['what'] {
  const codings = cc?.coding ?? [];
  const translated = codings.map((c) => displayOf(c, locale)).find((d, i) => d && d !== codings[i]!.display);
  const text =
    translated ?? cc?.text ?? codings.find((c) => c.display)?.display ?? codings[0]?.code ?? fallback;
  return {
    text,
    codes: codings
      .filter((c) => c.code)
      .map((c) => ({
        system: c.system ?? null,
        systemName: (c.system && SYSTEMS[c.system]) ?? null,
        code: c.code!,
      })),
  };
}

const words = (text: string) => ({ text, codes: [] });
const code = (cc: CodeableConcept | undefined) => cc?.coding?.find((c) => c.code)?.code ?? null;

/** The unit as people write it; a few UCUM codes of our own measurements ("/d") in words. */
const unitOf = (cc: CodeableConcept | undefined, q: Quantity, locale: Locale) =>
  unitWords(code(cc) ?? undefined, q.code, locale) ?? q.unit ?? q.code ?? null;

const NUMBER = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/**
 * A measured value as the reader writes numbers ("81,5 kg" in Dutch, as typed in the form), without the
 * long tails of computed values (Synthea writes 66.76594090701177); a value that is no number as it came.
 */
function quantityText(
  cc: CodeableConcept | undefined,
  q: Quantity | undefined,
  locale: Locale,
): string | null {
  if (!q || q.value === undefined) return null;
  const v: unknown = q.value;
  const value = typeof v === 'number' && Number.isFinite(v) ? NUMBER[locale].format(v) : String(v);
  return [value, unitOf(cc, q, locale)].filter(Boolean).join(' ');
}

/** The text of a note the patient wrote (text/plain, base64 in the attachment), if it is one. */
function noteText(d: DocumentReference): string | null {
  const a = d.content?.find(
    (c) => c.attachment?.contentType?.startsWith('text/plain') && c.attachment.data,
  )?.attachment;
  if (!a?.data) return null;
  return Buffer.from(a.data, 'base64').toString('utf8');
}

function observationValue(o: Observation, locale: Locale): string | null {
  if (o.valueQuantity) return quantityText(o.code, o.valueQuantity, locale);
  if (o.valueCodeableConcept) return concept(o.valueCodeableConcept, locale).text;
  if (o.valueString !== undefined) return o.valueString;
  if (o.valueBoolean !== undefined) return String(o.valueBoolean);
  if (o.valueInteger !== undefined) return String(o.valueInteger);
  const parts = (o.component ?? []).map((c) => quantityText(c.code, c.valueQuantity, locale)).filter(Boolean);
  return parts.length ? parts.join(' / ') : null;
}

/** One resource as a plain item. */
export function item(r: StoredResource, locale: Locale): Item {
  const base = {
    id: r.id,
    resourceType: r.resourceType,
    status: null,
    date: null,
    endDate: null,
    detail: null,
  };
  const res = r.resource;
  switch (r.resourceType) {
    case 'Condition': {
      const c = res as unknown as Condition;
      return {
        ...base,
        what: concept(c.code, locale),
        status: code(c.clinicalStatus),
        date: c.onsetDateTime ?? c.recordedDate ?? null,
        endDate: c.abatementDateTime ?? null,
      };
    }
    case 'AllergyIntolerance': {
      const a = res as unknown as AllergyIntolerance;
      const reactions = (a.reaction ?? []).flatMap((x) =>
        (x.manifestation ?? []).map((m) => concept(m, locale).text),
      );
      return {
        ...base,
        what: concept(a.code, locale),
        status: code(a.clinicalStatus) ?? code(a.verificationStatus),
        date: a.onsetDateTime ?? a.recordedDate ?? null,
        detail: reactions.join(', ') || null,
      };
    }
    case 'MedicationStatement':
    case 'MedicationRequest': {
      const m = res as unknown as Omit<MedicationStatement, 'resourceType' | 'status'> &
        Omit<MedicationRequest, 'resourceType' | 'status'> & { status?: string };
      const start =
        m.effectiveDateTime ??
        m.effectivePeriod?.start ??
        m.authoredOn ??
        m.dispenseRequest?.validityPeriod?.start;
      return {
        ...base,
        what: m.medicationCodeableConcept
          ? concept(m.medicationCodeableConcept, locale)
          : words(m.medicationReference?.display ?? ''),
        status: m.status ?? null,
        date: start ?? null,
        endDate: m.effectivePeriod?.end ?? m.dispenseRequest?.validityPeriod?.end ?? null,
        detail: (m.dosage ?? m.dosageInstruction)?.find((d) => d.text)?.text ?? null,
      };
    }
    case 'Immunization': {
      const i = res as unknown as Immunization;
      return {
        ...base,
        what: concept(i.vaccineCode, locale),
        status: i.status ?? null,
        date: i.occurrenceDateTime ?? null,
      };
    }
    case 'Observation': {
      const o = res as unknown as Observation;
      return {
        ...base,
        what: concept(o.code, locale),
        status: o.status ?? null,
        date: o.effectiveDateTime ?? o.effectivePeriod?.start ?? o.issued ?? null,
        detail: observationValue(o, locale),
      };
    }
    case 'QuestionnaireResponse': {
      const q = res as unknown as QuestionnaireResponse;
      return {
        ...base,
        what: words(q.questionnaire ?? (locale === 'en' ? 'Questionnaire' : 'Vragenlijst')),
        status: q.status ?? null,
        date: q.authored ?? null,
      };
    }
    case 'Goal': {
      const g = res as unknown as Goal;
      return {
        ...base,
        what: concept(g.description, locale),
        status: g.lifecycleStatus ?? null,
        date: g.startDate ?? null,
        endDate: g.target?.find((t) => t.dueDate)?.dueDate ?? null,
      };
    }
    case 'DocumentReference': {
      const d = res as unknown as DocumentReference;
      const title = d.description ?? d.content?.find((c) => c.attachment?.title)?.attachment?.title;
      return {
        ...base,
        what: d.type ? concept(d.type, locale, title) : words(title ?? ''),
        status: d.status ?? null,
        // A note is about a day (context.period.start); `date` is when it was written down.
        date: d.context?.period?.start ?? d.date ?? null,
        // A note the patient wrote is shown as written.
        detail: (categoryOf(d) === 'notes' ? noteText(d) : null) ?? title ?? null,
      };
    }
    case 'Encounter': {
      const e = res as unknown as Encounter;
      const what = e.type?.[0] ? concept(e.type[0], locale) : words(e.class?.display ?? e.class?.code ?? '');
      const reason = e.reasonCode?.[0] ? concept(e.reasonCode[0], locale).text : null;
      return {
        ...base,
        what,
        status: e.status ?? null,
        date: e.period?.start ?? null,
        endDate: e.period?.end ?? null,
        detail: reason ?? e.serviceProvider?.display ?? null,
      };
    }
    default:
      return { ...base, what: words(r.resourceType) };
  }
}

const CURRENT = new Set(['active', 'intended', 'on-hold', 'draft']);

/** In use now: an active status and no end date in the past. */
export function isCurrentMedication(i: Item, now = Date.now()): boolean {
  if (!CURRENT.has(i.status ?? '')) return false;
  return !i.endDate || Date.parse(i.endDate) > now;
}

export function isActiveProblem(i: Item): boolean {
  return (
    i.resourceType === 'Condition' &&
    (i.status === null || ['active', 'recurrence', 'relapse'].includes(i.status))
  );
}

/** Numeric values of observations per code (and per component, for blood pressure), oldest first. */
export function series(rows: StoredResource[], locale: Locale): { series: Series[]; rest: StoredResource[] } {
  const byCode = new Map<string, Series>();
  const rest: StoredResource[] = [];
  const add = (id: string, cc: CodeableConcept, q: Quantity | undefined, date: string | null) => {
    const v = typeof q?.value === 'number' ? q.value : Number(q?.value);
    if (q?.value === undefined || !Number.isFinite(v)) return false;
    const what = concept(cc, locale);
    const key = code(cc) ?? what.text;
    let s = byCode.get(key);
    const unit = unitOf(cc, q, locale);
    if (!s) byCode.set(key, (s = { code: key, what, unit, points: [] }));
    s.points.push({ id, date, value: v, unit });
    return true;
  };
  for (const r of rows) {
    const o = r.resource as unknown as Observation;
    const date = o.effectiveDateTime ?? o.effectivePeriod?.start ?? o.issued ?? null;
    let any = add(r.id, o.code, o.valueQuantity, date);
    for (const c of o.component ?? []) any = add(r.id, c.code, c.valueQuantity, date) || any;
    if (!any) rest.push(r);
  }
  const out = [...byCode.values()];
  for (const s of out) s.points.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  out.sort((a, b) => a.what.text.localeCompare(b.what.text, locale));
  return { series: out, rest };
}

export function categoryView(category: RecordCategory, rows: StoredResource[], locale: Locale): CategoryView {
  if (category === 'measurements') {
    const { series: s, rest } = series(rows, locale);
    // Numeric values are in the series; the list keeps what has no number (a coded finding, a text).
    return { category, items: rest.map((r) => item(r, locale)), series: s };
  }
  const items = rows.map((r) => item(r, locale));
  if (category !== 'medication') return { category, items };
  const meds = items.filter((i) => i.resourceType !== 'Immunization');
  return {
    category,
    items,
    current: meds.filter((i) => isCurrentMedication(i)),
    stopped: meds.filter((i) => !isCurrentMedication(i)),
  };
}

export function patientName(
  p: Record<string, unknown> | null,
): { name: string | null; birthDate: string | null } | null {
  if (!p) return null;
  const patient = p as unknown as Patient;
  const n = patient.name?.find((x) => x.use === 'official') ?? patient.name?.[0];
  const name = n?.text ?? ([...(n?.given ?? []), n?.family].filter(Boolean).join(' ') || null);
  return { name, birthDate: patient.birthDate ?? null };
}
