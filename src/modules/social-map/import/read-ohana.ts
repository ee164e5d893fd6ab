// The older HSDS 1.x / Ohana API CSV layout (the iCarol 211 export in ../shared/data/hsds-samples/
// bahc-icarol-211-csv/) → batch. Ids stay the source's own (integers); mapIds turns them into
// deterministic uuids. Mapping:
// - services.location_id → a service_at_location; the service's organization is its location's (or, for a
//   service without location, the organization of its phones);
// - addresses.csv → physical addresses, mail_addresses.csv → postal ones (an empty address_1 takes
//   address_2, as iCarol puts the street there); location.email → a contact of the location;
// - free-text languages, accessibility, required documents, service areas and funding → one record each;
// - taxonomy.csv → the taxonomy "Open Eligibility"; service_categories.json → service attributes with
//   those terms; service_icarol_categories.json → attributes with terms of an "AIRS/211 (iCarol)" taxonomy
//   (names from taxonomy_mapping.csv).
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { emptyBatch, type Batch, type Row } from './batch.ts';

type Rec = Record<string, string>;

/**
 * A CSV file as records keyed by the header row (papaparse: RFC 4180, a byte-order mark skipped, empty lines
 * skipped). A short record gives fewer keys and a long one drops the extra fields, as exports often have
 * them; a broken quote refuses the file, naming the line.
 */
export function readCsvFile(file: string): Rec[] {
  return parseCsv(fs.readFileSync(file, 'utf8'), path.basename(file));
}

/** Names an empty or repeated column by its position ("column 3"), so no field hides another. */
function uniqueHeaders(): (header: string, index: number) => string {
  const seen = new Set<string>();
  return (header, index) => {
    const name = header === '' || seen.has(header) ? `column ${index + 1}` : header;
    seen.add(name);
    return name;
  };
}

export function parseCsv(text: string, name: string): Rec[] {
  const { data, errors } = Papa.parse<Rec & { __parsed_extra?: unknown }>(text, {
    header: true,
    delimiter: ',',
    skipEmptyLines: true,
    transformHeader: uniqueHeaders(),
  });
  const broken = errors.find((e) => e.type === 'Quotes');
  // papaparse counts a quote error's row with the header as row 0, so +1 is the line in the file.
  if (broken) throw new Error(`${name}, line ${(broken.row ?? 0) + 1}: ${broken.message}`);
  for (const record of data) delete record.__parsed_extra;
  return data;
}

const v = (s: string | undefined): string | null => {
  const t = s?.trim();
  return t ? t : null;
};

export function isOhanaDirectory(dir: string): boolean {
  return (
    fs.existsSync(path.join(dir, 'organizations.csv')) &&
    fs.existsSync(path.join(dir, 'services.csv')) &&
    !fs.existsSync(path.join(dir, 'datapackage.json'))
  );
}

export function readOhanaDirectory(dir: string): Batch {
  const b = emptyBatch();
  const file = (name: string) => path.join(dir, name);
  const csv = (name: string): Rec[] => (fs.existsSync(file(name)) ? readCsvFile(file(name)) : []);

  for (const o of csv('organizations.csv')) {
    b.organizations.push({
      id: v(o.id),
      name: v(o.name),
      alternate_name: v(o.alternate_name),
      description: v(o.description) ?? '',
      email: v(o.email),
      website: v(o.website),
      tax_status: v(o.tax_status),
      tax_id: v(o.tax_id),
      year_incorporated: v(o.date_incorporated)?.match(/\d{4}/)?.[0] ?? null,
      legal_status: v(o.legal_status),
    });
    if (v(o.funding_sources))
      b.funding.push({ id: `org-${o.id}`, organization_id: v(o.id), source: v(o.funding_sources) });
  }

  const locationOrg = new Map<string, string | null>();
  for (const l of csv('locations.csv')) {
    locationOrg.set(l.id!, v(l.organization_id));
    b.locations.push({
      id: v(l.id),
      organization_id: v(l.organization_id),
      location_type: /^(t|true|1|yes)$/i.test(l.virtual?.trim() ?? '') ? 'virtual' : 'physical',
      url: v(l.website),
      name: v(l.name),
      alternate_name: v(l.alternate_name),
      description: v(l.description),
      transportation: v(l.transportation),
      latitude: v(l.latitude),
      longitude: v(l.longitude),
    });
    if (v(l.accessibility))
      b.accessibility.push({ id: `loc-${l.id}`, location_id: v(l.id), description: v(l.accessibility) });
    if (v(l.languages)) b.languages.push({ id: `loc-${l.id}`, location_id: v(l.id), note: v(l.languages) });
    if (v(l.email)) b.contacts.push({ id: `loc-${l.id}`, location_id: v(l.id), email: v(l.email) });
  }

  const phones = csv('phones.csv');
  const phoneOrg = new Map<string, string>();
  for (const p of phones)
    if (v(p.service_id) && v(p.organization_id))
      phoneOrg.set(p.service_id!.trim(), p.organization_id!.trim());

  for (const s of csv('services.csv')) {
    const id = s.id!.trim();
    const loc = v(s.location_id);
    b.services.push({
      id,
      organization_id: (loc && locationOrg.get(loc)) ?? phoneOrg.get(id) ?? null,
      program_id: v(s.program_id),
      name: v(s.name),
      alternate_name: v(s.alternate_name),
      description: v(s.description),
      url: v(s.website),
      email: v(s.email),
      status: v(s.status) ?? 'active',
      interpretation_services: v(s.interpretation_services),
      application_process: v(s.application_process),
      fees_description: v(s.fees),
      wait_time: v(s.wait_time),
      eligibility_description: v(s.eligibility),
    });
    if (loc) b.service_at_locations.push({ id: `svc-${id}`, service_id: id, location_id: loc });
    const one = (
      table: 'languages' | 'required_documents' | 'service_areas' | 'funding',
      field: string,
      value: string | null,
    ) => {
      if (value) b[table].push({ id: `svc-${id}`, service_id: id, [field]: value });
    };
    one('languages', 'note', v(s.languages));
    one('required_documents', 'document', v(s.required_documents));
    one('service_areas', 'name', v(s.service_areas));
    one('funding', 'source', v(s.funding_sources));
    for (const [field, type] of [
      ['keywords', 'keyword'],
      ['accepted_payments', 'accepted_payment'],
    ] as const) {
      if (v(s[field]))
        b.attributes.push({
          id: `svc-${id}-${type}`,
          link_id: id,
          link_entity: 'service',
          link_type: type,
          value: v(s[field]),
        });
    }
  }

  for (const p of phones) {
    b.phones.push({
      id: v(p.id),
      contact_id: v(p.contact_id),
      location_id: v(p.location_id),
      organization_id: v(p.organization_id),
      service_id: v(p.service_id),
      number: [v(p.country_prefix), v(p.number)].filter(Boolean).join(' '),
      extension: v(p.extension),
      type: v(p.number_type),
      description: [v(p.department), v(p.vanity_number)].filter(Boolean).join(' · ') || null,
    });
  }

  const address = (a: Rec, type: 'physical' | 'postal', prefix: string): Row => {
    const moveUp = !v(a.address_1) && v(a.address_2);
    return {
      id: `${prefix}${a.id}`,
      location_id: v(a.location_id),
      attention: v(a.attention),
      address_1: (moveUp ? v(a.address_2) : v(a.address_1)) ?? '',
      address_2: moveUp ? null : v(a.address_2),
      city: v(a.city),
      state_province: v(a.state_province) ?? '',
      postal_code: v(a.postal_code) ?? '',
      country: (v(a.country) ?? '').toUpperCase(),
      address_type: type,
    };
  };
  for (const a of csv('addresses.csv')) b.addresses.push(address(a, 'physical', ''));
  for (const a of csv('mail_addresses.csv')) b.addresses.push(address(a, 'postal', 'mail-'));

  for (const c of csv('contacts.csv')) {
    b.contacts.push({
      id: v(c.id),
      location_id: v(c.location_id),
      organization_id: v(c.organization_id),
      service_id: v(c.service_id),
      name: v(c.name),
      title: v(c.title),
      email: v(c.email),
      department: v(c.department),
    });
  }

  const services = new Set(b.services.map((s) => String(s.id)));
  const taxonomy = csv('taxonomy.csv');
  if (taxonomy.length) {
    b.taxonomies.push({
      id: 'open-eligibility',
      name: 'Open Eligibility',
      description: 'Open Eligibility taxonomy (HSDS 1.x taxonomy.csv)',
    });
    const byCode = new Map(taxonomy.map((t) => [t.taxonomy_id!.trim(), t.id!.trim()]));
    for (const t of taxonomy) {
      b.taxonomy_terms.push({
        id: v(t.id),
        code: v(t.taxonomy_id),
        name: v(t.name),
        description: '',
        parent_id: (v(t.parent_id) && byCode.get(t.parent_id!.trim())) ?? null,
        taxonomy: 'Open Eligibility',
        taxonomy_id: 'open-eligibility',
      });
    }
    const terms = new Set(taxonomy.map((t) => t.id!.trim()));
    const categories = readJson(file('service_categories.json'));
    for (const [svc, ids] of Object.entries(categories)) {
      if (!services.has(svc)) continue;
      for (const term of new Set(ids)) {
        if (terms.has(term))
          b.attributes.push({
            id: `cat-${svc}-${term}`,
            link_id: svc,
            link_entity: 'service',
            link_type: 'category',
            taxonomy_term_id: term,
          });
      }
    }
  }

  const icarol = readJson(file('service_icarol_categories.json'));
  if (Object.keys(icarol).length) {
    const names = new Map<string, string>();
    for (const m of csv('taxonomy_mapping.csv')) {
      const code = v(m['211 Code']);
      const name = v(m['211 Name']);
      if (code && name && !names.has(code)) names.set(code, name);
    }
    b.taxonomies.push({
      id: 'icarol',
      name: 'AIRS/211 (iCarol)',
      description: 'AIRS/211 LA taxonomy codes of the iCarol export',
    });
    const codes = new Set<string>();
    for (const [svc, list] of Object.entries(icarol)) {
      if (!services.has(svc)) continue;
      for (const code of new Set(list.map((c) => c.trim()).filter(Boolean))) {
        if (!codes.has(code)) {
          codes.add(code);
          b.taxonomy_terms.push({
            id: `icarol-${code}`,
            code,
            name: names.get(code) ?? code,
            description: '',
            taxonomy: 'AIRS/211 (iCarol)',
            taxonomy_id: 'icarol',
          });
        }
        b.attributes.push({
          id: `icarol-${svc}-${code}`,
          link_id: svc,
          link_entity: 'service',
          link_type: 'icarol_category',
          taxonomy_term_id: `icarol-${code}`,
        });
      }
    }
  }
  return b;
}

function readJson(file: string): Record<string, string[]> {
  if (!fs.existsSync(file)) return {};
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string[]>;
}
