// HSDS export of the whole social map. JSON: services.json (full services with nested objects as in the
// HSDS service_full example, Dutch profile fields and sessions included; the nested organization without
// its locations, contacts and phones), organizations.json, taxonomies.json, taxonomy_terms.json. CSV: an HSDS 3.0 tabular data package (datapackage.json + one CSV per table).
// Nested objects carry their own reference fields too, so importing the files gives back the same rows.
// Output is sorted by id, so the same map always gives the same files.
import fs from 'node:fs/promises';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../../server/auth/actor.ts';
import { auditOnly } from '../../../server/audit.ts';
import type { AuditBasis, DB } from '../../../server/db/schema.ts';
import { TABLE_KEYS, TABLES, type ColumnSpec, type Row, type TableKey } from '../import/batch.ts';

export type ExportFormat = 'json' | 'csv';

export interface ExportHsdsOptions {
  db: Kysely<DB>;
  dir: string;
  format: ExportFormat;
  /** Who exports (SYSTEM_ACTOR from the CLI); defaults to the request's actor. */
  actor?: Actor | null;
  /** The basis of the audit row (default 'system'). */
  basis?: AuditBasis;
}

export interface ExportResult {
  files: string[];
  counts: Record<TableKey, number>;
}

/** A database value as HSDS JSON: numeric text → number, timestamps → ISO 8601. */
function present(col: ColumnSpec, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if ((col.type === 'num' || col.type === 'int') && typeof v === 'string') return Number(v);
  return v;
}

type Tables = Record<TableKey, Row[]>;

async function loadAll(db: Kysely<DB>): Promise<Tables> {
  const out = {} as Tables;
  for (const key of TABLE_KEYS) {
    const spec = TABLES[key];
    const { rows } = await sql<Row>`SELECT ${sql.join(spec.columns.map((c) => sql.id(c.name)))}
      FROM ${sql.id(spec.sql)} ORDER BY id`.execute(db);
    out[key] = rows.map((r) => {
      const o: Row = {};
      for (const c of spec.columns) o[c.name] = present(c, r[c.name]);
      return o;
    });
  }
  return out;
}

/** Rows of `table` grouped by the value of `column`. */
function groupBy(rows: Row[], column: string): Map<unknown, Row[]> {
  const m = new Map<unknown, Row[]>();
  for (const r of rows) {
    const k = r[column];
    if (k === null) continue;
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

function buildJson(t: Tables) {
  const by = (table: TableKey, column: string) => groupBy(t[table], column);
  const idx = {
    phone: {
      service: by('phones', 'service_id'),
      organization: by('phones', 'organization_id'),
      location: by('phones', 'location_id'),
      contact: by('phones', 'contact_id'),
      sal: by('phones', 'service_at_location_id'),
    },
    contact: {
      service: by('contacts', 'service_id'),
      organization: by('contacts', 'organization_id'),
      location: by('contacts', 'location_id'),
      sal: by('contacts', 'service_at_location_id'),
    },
    schedule: {
      service: by('schedules', 'service_id'),
      location: by('schedules', 'location_id'),
      sal: by('schedules', 'service_at_location_id'),
    },
    language: {
      service: by('languages', 'service_id'),
      location: by('languages', 'location_id'),
      phone: by('languages', 'phone_id'),
    },
    funding: { service: by('funding', 'service_id'), organization: by('funding', 'organization_id') },
    attribute: by('attributes', 'link_id'),
    metadata: by('metadata', 'resource_id'),
    session: by('sessions', 'service_id'),
    serviceArea: by('service_areas', 'service_id'),
    costOption: by('cost_options', 'service_id'),
    requiredDocument: by('required_documents', 'service_id'),
    sal: by('service_at_locations', 'service_id'),
    address: by('addresses', 'location_id'),
    accessibility: by('accessibility', 'location_id'),
    location: by('locations', 'organization_id'),
    program: by('programs', 'organization_id'),
    identifier: by('organization_identifiers', 'organization_id'),
  };
  const one = (table: TableKey) => new Map(t[table].map((r) => [r.id, r]));
  const taxonomies = one('taxonomies');
  const terms = one('taxonomy_terms');
  const locations = one('locations');
  const organizations = one('organizations');
  const programs = one('programs');
  const get = (m: Map<unknown, Row[]>, id: unknown) => m.get(id) ?? [];

  const term = (r: Row) => ({ ...r, taxonomy_detail: taxonomies.get(r.taxonomy_id) ?? null });
  const common = (id: unknown) => ({
    attributes: get(idx.attribute, id).map((a) => ({
      ...a,
      taxonomy_term: terms.has(a.taxonomy_term_id) ? term(terms.get(a.taxonomy_term_id)!) : null,
    })),
    metadata: get(idx.metadata, id),
  });
  const phones = (rows: Row[]) => rows.map((p) => ({ ...p, languages: get(idx.language.phone, p.id) }));
  const contacts = (rows: Row[]) => rows.map((c) => ({ ...c, phones: phones(get(idx.phone.contact, c.id)) }));
  const location = (l: Row) => ({
    ...l,
    languages: get(idx.language.location, l.id),
    addresses: get(idx.address, l.id),
    contacts: contacts(get(idx.contact.location, l.id)),
    accessibility: get(idx.accessibility, l.id),
    phones: phones(get(idx.phone.location, l.id)),
    schedules: get(idx.schedule.location, l.id),
    ...common(l.id),
  });
  const organization = (o: Row) => ({
    ...o,
    funding: get(idx.funding.organization, o.id),
    contacts: contacts(get(idx.contact.organization, o.id)),
    phones: phones(get(idx.phone.organization, o.id)),
    locations: get(idx.location, o.id).map(location),
    programs: get(idx.program, o.id),
    organization_identifiers: get(idx.identifier, o.id),
    ...common(o.id),
  });
  // Inside a service the organization comes without its locations, contacts and phones: those are in
  // organizations.json, and repeating them for every service of a large organization makes the file huge.
  const organizationSummary = (o: Row) => ({
    ...o,
    funding: get(idx.funding.organization, o.id),
    programs: get(idx.program, o.id),
    organization_identifiers: get(idx.identifier, o.id),
    ...common(o.id),
  });
  const service = (s: Row) => ({
    ...s,
    phones: phones(get(idx.phone.service, s.id)),
    schedules: get(idx.schedule.service, s.id),
    sessions: get(idx.session, s.id),
    service_areas: get(idx.serviceArea, s.id),
    service_at_locations: get(idx.sal, s.id).map((sal) => ({
      ...sal,
      contacts: contacts(get(idx.contact.sal, sal.id)),
      phones: phones(get(idx.phone.sal, sal.id)),
      schedules: get(idx.schedule.sal, sal.id),
      location: locations.has(sal.location_id) ? location(locations.get(sal.location_id)!) : null,
      ...common(sal.id),
    })),
    languages: get(idx.language.service, s.id),
    organization: organizations.has(s.organization_id)
      ? organizationSummary(organizations.get(s.organization_id)!)
      : null,
    funding: get(idx.funding.service, s.id),
    cost_options: get(idx.costOption, s.id),
    program: programs.get(s.program_id) ?? null,
    required_documents: get(idx.requiredDocument, s.id),
    contacts: contacts(get(idx.contact.service, s.id)),
    ...common(s.id),
  });
  return {
    'services.json': t.services.map(service),
    'organizations.json': t.organizations.map(organization),
    'taxonomies.json': t.taxonomies,
    'taxonomy_terms.json': t.taxonomy_terms.map(term),
  };
}

/** The CSV file of a table in an HSDS 3.0 tabular package. */
export const csvFileOf = (key: TableKey): string =>
  key === 'service_at_locations' ? 'service_at_location.csv' : `${key}.csv`;

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s =
    typeof v === 'string'
      ? v
      : typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : JSON.stringify(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const FIELD_TYPE: Record<ColumnSpec['type'], string> = {
  uuid: 'string',
  text: 'string',
  int: 'integer',
  num: 'number',
  date: 'date',
  timestamp: 'datetime',
  bool: 'boolean',
};

function datapackage() {
  return {
    name: 'wijkpunt-social-map',
    title: 'Wijkpunt social map (HSDS 3.0 with the Wijkpunt Dutch profile)',
    profile: 'tabular-data-package',
    resources: TABLE_KEYS.map((key) => ({
      name: TABLES[key].entity,
      path: csvFileOf(key),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        fields: TABLES[key].columns.map((c) => ({
          name: c.name,
          type: FIELD_TYPE[c.type],
          ...(c.type === 'uuid' && { format: 'uuid' }),
          ...((c.required || c.nonEmpty) && { constraints: { required: true } }),
        })),
        primaryKey: 'id',
      },
    })),
  };
}

/** Writes the whole map to DIR as HSDS JSON files or an HSDS tabular data package. */
export async function exportHsds(opts: ExportHsdsOptions): Promise<ExportResult> {
  const tables = await loadAll(opts.db);
  await fs.mkdir(opts.dir, { recursive: true });
  const files: string[] = [];
  const write = async (name: string, text: string) => {
    await fs.writeFile(path.join(opts.dir, name), text);
    files.push(name);
  };
  if (opts.format === 'json') {
    for (const [name, value] of Object.entries(buildJson(tables)))
      await write(name, `${JSON.stringify(value, null, 2)}\n`);
  } else {
    await write('datapackage.json', `${JSON.stringify(datapackage(), null, 2)}\n`);
    for (const key of TABLE_KEYS) {
      const cols = TABLES[key].columns.map((c) => c.name);
      const lines = [cols.join(','), ...tables[key].map((r) => cols.map((c) => csvCell(r[c])).join(','))];
      await write(csvFileOf(key), `${lines.join('\r\n')}\r\n`);
    }
  }
  const counts = Object.fromEntries(TABLE_KEYS.map((k) => [k, tables[k].length])) as Record<TableKey, number>;
  // Contacts name people (staff of providers), so an export is logged like any other read in bulk.
  await auditOnly(opts.db, {
    action: 'export',
    objectType: 'hsds_export',
    basis: opts.basis ?? 'system',
    ...(opts.actor !== undefined && { actor: opts.actor }),
  });
  return { files, counts };
}
