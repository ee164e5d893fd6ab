// The edit form's values: everything as the user typed it (numbers as text), so nothing typed is lost and
// the server, not the browser, says what is wrong. Converts to and from the service document.
import type { DocumentInput, ServiceDocument } from './api.ts';

type Doc = ServiceDocument;
type WithId = { id?: string | undefined };

export interface FormValues {
  name: string;
  alternate_name: string;
  summary_b1: string;
  description: string;
  url: string;
  email: string;
  status: Doc['status'];
  application_process: string;
  fees_description: string;
  eligibility_description: string;
  minimum_age: string;
  maximum_age: string;
  financing_route: string;
  wor_eligible: boolean;
  bor_eligible: boolean;
  review_interval_months: string;
  service_areas: (WithId & { cbs_code: string; name: string })[];
  phones: (WithId & { number: string; type: string; description: string })[];
  schedules: (WithId & {
    freq: string;
    byday: string[];
    opens_at: string;
    closes_at: string;
    description: string;
  })[];
  cost_options: (WithId & { option: string; amount: string; currency: string; amount_description: string })[];
  languages: (WithId & { name: string; code: string })[];
  taxonomy_term_ids: string[];
}

export type ListField = 'phones' | 'schedules' | 'cost_options' | 'languages';

const str = (v: string | number | null | undefined) => (v == null ? '' : String(v));
const withId = (id: string | undefined) => (id ? { id } : {});

export function emptyValues(): FormValues {
  return {
    name: '',
    alternate_name: '',
    summary_b1: '',
    description: '',
    url: '',
    email: '',
    status: 'active',
    application_process: '',
    fees_description: '',
    eligibility_description: '',
    minimum_age: '',
    maximum_age: '',
    financing_route: '',
    wor_eligible: false,
    bor_eligible: false,
    review_interval_months: '12',
    service_areas: [],
    phones: [],
    schedules: [],
    cost_options: [],
    languages: [],
    taxonomy_term_ids: [],
  };
}

export function toValues(doc: Doc): FormValues {
  return {
    name: doc.name,
    alternate_name: str(doc.alternate_name),
    summary_b1: str(doc.summary_b1),
    description: str(doc.description),
    url: str(doc.url),
    email: str(doc.email),
    status: doc.status,
    application_process: str(doc.application_process),
    fees_description: str(doc.fees_description),
    eligibility_description: str(doc.eligibility_description),
    minimum_age: str(doc.minimum_age),
    maximum_age: str(doc.maximum_age),
    financing_route: str(doc.financing_route),
    wor_eligible: doc.wor_eligible,
    bor_eligible: doc.bor_eligible,
    review_interval_months: str(doc.review_interval_months),
    service_areas: doc.service_areas.map((a) => ({
      ...withId(a.id),
      cbs_code: a.cbs_code,
      name: str(a.name),
    })),
    phones: doc.phones.map((p) => ({
      ...withId(p.id),
      number: p.number,
      type: str(p.type),
      description: str(p.description),
    })),
    schedules: doc.schedules.map((x) => ({
      ...withId(x.id),
      freq: str(x.freq),
      byday: [...x.byday],
      opens_at: str(x.opens_at),
      closes_at: str(x.closes_at),
      description: str(x.description),
    })),
    cost_options: doc.cost_options.map((c) => ({
      ...withId(c.id),
      option: str(c.option),
      amount: str(c.amount),
      currency: c.currency,
      amount_description: str(c.amount_description),
    })),
    languages: (doc.languages ?? []).map((l) => ({ ...withId(l.id), name: l.name, code: str(l.code) })),
    taxonomy_term_ids: [...doc.taxonomy_term_ids],
  };
}

const text = (v: string) => (v.trim() === '' ? null : v.trim());
/** A number when the text is one; otherwise the text itself, so the server can name the field. */
function number(v: string): number | string | null {
  const t = v.trim().replace(',', '.');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : v;
}

export function toDocument(v: FormValues): DocumentInput {
  return {
    name: v.name.trim(),
    alternate_name: text(v.alternate_name),
    summary_b1: text(v.summary_b1),
    description: text(v.description),
    url: text(v.url),
    email: text(v.email),
    status: v.status,
    application_process: text(v.application_process),
    fees_description: text(v.fees_description),
    eligibility_description: text(v.eligibility_description),
    minimum_age: number(v.minimum_age),
    maximum_age: number(v.maximum_age),
    financing_route: (text(v.financing_route) as Doc['financing_route']) ?? null,
    wor_eligible: v.wor_eligible,
    bor_eligible: v.bor_eligible,
    review_interval_months: number(v.review_interval_months) ?? 12,
    service_areas: v.service_areas.map((a) => ({
      ...withId(a.id),
      cbs_code: a.cbs_code,
      name: text(a.name),
    })),
    phones: v.phones.map((p) => ({
      ...withId(p.id),
      number: p.number.trim(),
      type: text(p.type),
      description: text(p.description),
    })),
    schedules: v.schedules.map((x) => ({
      ...withId(x.id),
      freq: (text(x.freq) as Doc['schedules'][number]['freq']) ?? null,
      byday: x.byday as Doc['schedules'][number]['byday'],
      opens_at: text(x.opens_at),
      closes_at: text(x.closes_at),
      description: text(x.description),
    })),
    cost_options: v.cost_options.map((c) => ({
      ...withId(c.id),
      option: text(c.option),
      amount: number(c.amount),
      currency: c.currency.trim().toUpperCase() || 'EUR',
      amount_description: text(c.amount_description),
    })),
    languages: v.languages.map((l) => ({ ...withId(l.id), name: l.name.trim(), code: text(l.code) })),
    taxonomy_term_ids: v.taxonomy_term_ids,
  };
}

export function newItem<K extends ListField>(field: K): FormValues[K][number] {
  const items: { [F in ListField]: FormValues[F][number] } = {
    phones: { number: '', type: '', description: '' },
    schedules: { freq: 'WEEKLY', byday: [], opens_at: '', closes_at: '', description: '' },
    cost_options: { option: '', amount: '', currency: 'EUR', amount_description: '' },
    languages: { name: '', code: '' },
  };
  return items[field];
}

/** "body.document.phones.0.number" → "phones.0.number"; paths outside the document stay as they are. */
export function fieldPath(serverPath: string): string {
  return serverPath
    .replace(/^\/+/, '')
    .replace(/\//g, '.')
    .replace(/^body\.(document\.)?/, '');
}

/** The element id of a field path ("phones.0.number" → "entry-phones-0-number"). */
export const fieldId = (path: string) => `entry-${path.replace(/\./g, '-')}`;

/** Whether stored form values still look like this form's (an older or foreign shape is ignored). */
export function isFormValues(v: unknown): v is FormValues {
  if (v === null || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o.name === 'string' &&
    Array.isArray(o.phones) &&
    Array.isArray(o.schedules) &&
    Array.isArray(o.cost_options) &&
    Array.isArray(o.languages) &&
    Array.isArray(o.service_areas) &&
    Array.isArray(o.taxonomy_term_ids)
  );
}
