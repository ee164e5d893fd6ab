// A readable diff of two service documents, field by field, with Dutch labels and values as a person
// reads them ("ja", "gratis", "di, do 09:30–12:00"). Row ids are not content and never show up.
import type { ServiceDocument } from './schema.ts';

export interface Change {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

const LABELS: Record<keyof ServiceDocument, string> = {
  name: 'Naam',
  alternate_name: 'Andere naam',
  description: 'Beschrijving',
  summary_b1: 'Samenvatting in eenvoudige taal',
  url: 'Website',
  email: 'E-mailadres',
  status: 'Status',
  application_process: 'Aanmelden',
  fees_description: 'Toelichting op de kosten',
  eligibility_description: 'Voor wie',
  minimum_age: 'Minimumleeftijd',
  maximum_age: 'Maximumleeftijd',
  financing_route: 'Financiering',
  wor_eligible: 'Welzijn op Recept',
  bor_eligible: 'Bewegen op Recept',
  review_interval_months: 'Controleren elke (maanden)',
  service_areas: 'Werkgebied',
  phones: 'Telefoonnummers',
  schedules: 'Openingstijden',
  cost_options: 'Kosten',
  languages: 'Talen',
  taxonomy_term_ids: 'Categorieën',
};

const STATUS: Record<ServiceDocument['status'], string> = {
  active: 'actief',
  inactive: 'niet actief',
  defunct: 'gestopt',
  'temporarily closed': 'tijdelijk gesloten',
};
const FINANCING: Record<NonNullable<ServiceDocument['financing_route']>, string> = {
  free: 'gratis',
  wmo: 'Wmo-voorziening',
  zvw: 'zorgverzekering (Zvw)',
  self_paid: 'eigen betaling',
  membership: 'lidmaatschap',
};
const DAY: Record<string, string> = { MO: 'ma', TU: 'di', WE: 'wo', TH: 'do', FR: 'vr', SA: 'za', SU: 'zo' };

const parts = (...xs: (string | null | undefined)[]) => xs.filter((x) => x != null && x !== '').join(' ');
const list = (xs: string[]) => (xs.length ? xs.join('; ') : null);

function show(
  field: keyof ServiceDocument,
  doc: ServiceDocument,
  termName: (id: string) => string,
): string | null {
  switch (field) {
    case 'status':
      return STATUS[doc.status];
    case 'financing_route':
      return doc.financing_route ? FINANCING[doc.financing_route] : null;
    case 'wor_eligible':
    case 'bor_eligible':
      return doc[field] ? 'ja' : 'nee';
    case 'service_areas':
      return list(doc.service_areas.map((a) => parts(a.cbs_code, a.name && `(${a.name})`)));
    case 'phones':
      return list(doc.phones.map((p) => parts(p.number, p.type && `(${p.type})`, p.description)));
    case 'schedules':
      return list(
        doc.schedules.map((x) =>
          parts(
            x.byday.map((d) => DAY[d]).join(', '),
            x.opens_at && `${x.opens_at}–${x.closes_at ?? ''}`,
            x.freq === 'MONTHLY' ? '(maandelijks)' : null,
            x.description,
          ),
        ),
      );
    case 'cost_options':
      return list(
        doc.cost_options.map((c) =>
          parts(
            c.option,
            c.amount != null ? `${c.currency} ${c.amount.toFixed(2)}` : null,
            c.amount_description,
          ),
        ),
      );
    case 'languages':
      return list((doc.languages ?? []).map((l) => l.name));
    case 'taxonomy_term_ids':
      return list(doc.taxonomy_term_ids.map(termName).sort((a, b) => a.localeCompare(b, 'nl')));
    case 'name':
    case 'alternate_name':
    case 'description':
    case 'summary_b1':
    case 'url':
    case 'email':
    case 'application_process':
    case 'fees_description':
    case 'eligibility_description':
    case 'minimum_age':
    case 'maximum_age':
    case 'review_interval_months': {
      const v = doc[field];
      return v == null || v === '' ? null : String(v);
    }
  }
}

/** The fields whose readable value differs; `before` null means a new entry. */
export function diffDocuments(
  before: ServiceDocument | null,
  after: ServiceDocument,
  termName: (id: string) => string = (id) => id,
): Change[] {
  const changes: Change[] = [];
  for (const field of Object.keys(LABELS) as (keyof ServiceDocument)[]) {
    // A document without languages (stored before they were editable) does not change them.
    if (
      field === 'languages' &&
      (after.languages === undefined || (before && before.languages === undefined))
    )
      continue;
    const b = before ? show(field, before, termName) : null;
    const a = show(field, after, termName);
    if (b !== a) changes.push({ field, label: LABELS[field], before: b, after: a });
  }
  return changes;
}
