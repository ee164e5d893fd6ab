// The normalised in-memory shape of an HSDS batch: one array of flat rows per HSDS 3.0 table, with HSDS
// field names (the tabular form). Every reader produces this; one writer stores it. TABLES describes each
// table once (columns, types, references), so validation, id mapping, writing and the CSV export share it.
import { hash } from 'node:crypto';

export type ColumnType = 'uuid' | 'text' | 'int' | 'num' | 'date' | 'timestamp' | 'bool';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** Must be present (not null). */
  required?: boolean;
  /** Must be present and not empty. */
  nonEmpty?: boolean;
  /** Value when absent (columns NOT NULL with a database default). */
  default?: unknown;
  values?: readonly string[];
  /** The HSDS table this uuid refers to. */
  ref?: TableKey;
  /** A reference to a record that is neither in the batch nor in the database refuses the record;
   * without `strict` it is dropped with a warning (the official HSDS example has such references). */
  strict?: boolean;
  min?: number;
  max?: number;
  pattern?: RegExp;
  /** A timestamp must carry its time zone (Z or an offset such as +01:00). */
  zoned?: boolean;
  /** Out of [min, max] is dropped with a warning instead of refusing the record (coordinates: the official
   * HSDS example has latitude 100, which the database cannot hold). */
  soft?: boolean;
}

export interface TableSpec {
  /** The table in the database. */
  sql: string;
  /** The HSDS entity name (attribute.link_entity, metadata.resource_type). */
  entity: string;
  columns: ColumnSpec[];
}

const id: ColumnSpec = { name: 'id', type: 'uuid', required: true };
const t = (name: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ name, type: 'text', ...extra });
const ref = (name: string, table: TableKey, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name,
  type: 'uuid',
  ref: table,
  ...extra,
});
const DATE = (name: string): ColumnSpec => ({ name, type: 'date' });

// Insertion order: every table comes after the tables it references.
export const TABLE_KEYS = [
  'taxonomies',
  'taxonomy_terms',
  'organizations',
  'organization_identifiers',
  'programs',
  'services',
  'locations',
  'service_at_locations',
  'addresses',
  'contacts',
  'phones',
  'schedules',
  'sessions',
  'service_areas',
  'languages',
  'accessibility',
  'cost_options',
  'funding',
  'required_documents',
  'attributes',
  'metadata',
] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

export const TABLES: Record<TableKey, TableSpec> = {
  taxonomies: {
    sql: 'sm_taxonomy',
    entity: 'taxonomy',
    columns: [
      id,
      t('name', { nonEmpty: true }),
      t('description', { required: true }),
      t('uri'),
      t('version'),
    ],
  },
  taxonomy_terms: {
    sql: 'sm_taxonomy_term',
    entity: 'taxonomy_term',
    columns: [
      id,
      t('code'),
      t('name', { nonEmpty: true }),
      t('description', { required: true }),
      ref('parent_id', 'taxonomy_terms'),
      t('taxonomy'),
      ref('taxonomy_id', 'taxonomies'),
      t('language'),
      t('term_uri'),
    ],
  },
  organizations: {
    sql: 'sm_organization',
    entity: 'organization',
    columns: [
      id,
      t('name', { nonEmpty: true }),
      t('alternate_name'),
      t('description', { default: '' }),
      t('email'),
      t('website'),
      t('tax_status'),
      t('tax_id'),
      { name: 'year_incorporated', type: 'int', min: 1000, max: 9999 },
      t('legal_status'),
      t('logo'),
      t('uri'),
      ref('parent_organization_id', 'organizations'),
    ],
  },
  organization_identifiers: {
    sql: 'sm_organization_identifier',
    entity: 'organization_identifier',
    columns: [
      id,
      ref('organization_id', 'organizations', { required: true, strict: true }),
      t('identifier_scheme'),
      t('identifier_type', { nonEmpty: true }),
      t('identifier', { nonEmpty: true }),
    ],
  },
  programs: {
    sql: 'sm_program',
    entity: 'program',
    columns: [
      id,
      ref('organization_id', 'organizations'),
      t('name', { nonEmpty: true }),
      t('alternate_name'),
      t('description', { default: '' }),
    ],
  },
  services: {
    sql: 'sm_service',
    entity: 'service',
    columns: [
      id,
      ref('organization_id', 'organizations', { strict: true }),
      ref('program_id', 'programs'),
      t('name', { nonEmpty: true }),
      t('alternate_name'),
      t('description'),
      t('url'),
      t('email'),
      t('status', { default: 'active', values: ['active', 'inactive', 'defunct', 'temporarily closed'] }),
      t('interpretation_services'),
      t('application_process'),
      t('fees_description'),
      t('wait_time'),
      t('fees'),
      t('accreditations'),
      t('eligibility_description'),
      { name: 'minimum_age', type: 'num', min: 0 },
      { name: 'maximum_age', type: 'num', min: 0 },
      DATE('assured_date'),
      t('assurer_email'),
      t('licenses'),
      t('alert'),
      { name: 'last_modified', type: 'timestamp' },
      t('summary_b1'),
      t('financing_route', { values: ['free', 'wmo', 'zvw', 'self_paid', 'membership'] }),
      { name: 'wor_eligible', type: 'bool', default: false },
      { name: 'bor_eligible', type: 'bool', default: false },
      { name: 'review_interval_months', type: 'int', default: 12, min: 1, max: 60 },
    ],
  },
  locations: {
    sql: 'sm_location',
    entity: 'location',
    columns: [
      id,
      t('location_type', { default: 'physical', values: ['physical', 'postal', 'virtual'] }),
      t('url'),
      ref('organization_id', 'organizations'),
      t('name'),
      t('alternate_name'),
      t('description'),
      t('transportation'),
      { name: 'latitude', type: 'num', min: -90, max: 90, soft: true },
      { name: 'longitude', type: 'num', min: -180, max: 180, soft: true },
      t('external_identifier'),
      t('external_identifier_type'),
    ],
  },
  service_at_locations: {
    sql: 'sm_service_at_location',
    entity: 'service_at_location',
    columns: [
      id,
      ref('service_id', 'services', { required: true, strict: true }),
      ref('location_id', 'locations', { required: true, strict: true }),
      t('description'),
    ],
  },
  addresses: {
    sql: 'sm_address',
    entity: 'address',
    columns: [
      id,
      ref('location_id', 'locations'),
      t('attention'),
      t('address_1', { required: true }),
      t('address_2'),
      t('city', { nonEmpty: true }),
      t('region'),
      t('state_province', { default: '' }),
      t('postal_code', { required: true }),
      t('country', { default: 'NL' }),
      t('address_type', { default: 'physical', values: ['physical', 'postal', 'virtual'] }),
    ],
  },
  contacts: {
    sql: 'sm_contact',
    entity: 'contact',
    columns: [
      id,
      ref('organization_id', 'organizations'),
      ref('service_id', 'services'),
      ref('service_at_location_id', 'service_at_locations'),
      ref('location_id', 'locations'),
      t('name'),
      t('title'),
      t('department'),
      t('email'),
    ],
  },
  phones: {
    sql: 'sm_phone',
    entity: 'phone',
    columns: [
      id,
      ref('location_id', 'locations'),
      ref('service_id', 'services'),
      ref('organization_id', 'organizations'),
      ref('contact_id', 'contacts'),
      ref('service_at_location_id', 'service_at_locations'),
      t('number', { nonEmpty: true }),
      { name: 'extension', type: 'num' },
      t('type'),
      t('description'),
    ],
  },
  schedules: {
    sql: 'sm_schedule',
    entity: 'schedule',
    columns: [
      id,
      ref('service_id', 'services'),
      ref('location_id', 'locations'),
      ref('service_at_location_id', 'service_at_locations'),
      DATE('valid_from'),
      DATE('valid_to'),
      DATE('dtstart'),
      { name: 'timezone', type: 'num' },
      DATE('until'),
      { name: 'count', type: 'int', min: 0 },
      t('wkst', { values: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }),
      t('freq', { values: ['WEEKLY', 'MONTHLY'] }),
      { name: 'interval', type: 'int', min: 0 },
      t('byday'),
      t('byweekno'),
      t('bymonthday'),
      t('byyearday'),
      t('description'),
      t('opens_at'),
      t('closes_at'),
      t('schedule_link'),
      t('attending_type'),
      t('notes'),
    ],
  },
  // Dutch profile: dated occurrences of a service (docs/hsds-nl-profile.md, Sessions).
  sessions: {
    sql: 'sm_session',
    entity: 'session',
    columns: [
      id,
      ref('service_id', 'services', { required: true, strict: true }),
      ref('location_id', 'locations'),
      { name: 'starts_at', type: 'timestamp', required: true, zoned: true },
      { name: 'ends_at', type: 'timestamp', zoned: true },
      { name: 'capacity', type: 'int', min: 0 },
      { name: 'places_taken', type: 'int', min: 0, default: 0 },
      { name: 'waiting_list', type: 'bool', default: false },
      t('note'),
    ],
  },
  service_areas: {
    sql: 'sm_service_area',
    entity: 'service_area',
    columns: [
      id,
      ref('service_id', 'services'),
      t('name'),
      t('description'),
      t('extent'),
      t('extent_type'),
      t('uri'),
      t('cbs_code', { pattern: /^(WK[0-9]{6}|BU[0-9]{8}|GM[0-9]{4})$/ }),
    ],
  },
  languages: {
    sql: 'sm_language',
    entity: 'language',
    columns: [
      id,
      ref('service_id', 'services'),
      ref('location_id', 'locations'),
      ref('phone_id', 'phones'),
      t('name'),
      t('code'),
      t('note'),
    ],
  },
  accessibility: {
    sql: 'sm_accessibility',
    entity: 'accessibility',
    columns: [id, ref('location_id', 'locations'), t('description'), t('details'), t('url')],
  },
  cost_options: {
    sql: 'sm_cost_option',
    entity: 'cost_option',
    columns: [
      id,
      ref('service_id', 'services'),
      DATE('valid_from'),
      DATE('valid_to'),
      t('option'),
      t('currency'),
      { name: 'amount', type: 'num' },
      t('amount_description'),
    ],
  },
  funding: {
    sql: 'sm_funding',
    entity: 'funding',
    columns: [id, ref('organization_id', 'organizations'), ref('service_id', 'services'), t('source')],
  },
  required_documents: {
    sql: 'sm_required_document',
    entity: 'required_document',
    columns: [id, ref('service_id', 'services'), t('document'), t('uri')],
  },
  attributes: {
    sql: 'sm_attribute',
    entity: 'attribute',
    columns: [
      id,
      { name: 'link_id', type: 'uuid', required: true },
      ref('taxonomy_term_id', 'taxonomy_terms'),
      t('link_type'),
      t('link_entity', { nonEmpty: true }),
      t('value'),
    ],
  },
  metadata: {
    sql: 'sm_metadata',
    entity: 'metadata',
    columns: [
      id,
      { name: 'resource_id', type: 'uuid', required: true },
      t('resource_type', { nonEmpty: true }),
      { name: 'last_action_date', type: 'timestamp', required: true },
      t('last_action_type', { nonEmpty: true }),
      t('field_name', { default: '' }),
      t('previous_value', { default: '' }),
      t('replacement_value', { default: '' }),
      t('updated_by', { default: '' }),
    ],
  },
};

export type Row = Record<string, unknown>;
export type Batch = Record<TableKey, Row[]>;

export function emptyBatch(): Batch {
  return Object.fromEntries(TABLE_KEYS.map((k) => [k, []])) as unknown as Batch;
}

/** The table key for an HSDS entity name ('service' → 'services'), or undefined. */
export function tableOfEntity(entity: string): TableKey | undefined {
  return TABLE_KEYS.find((k) => TABLES[k].entity === entity);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string): boolean => UUID.test(v);

/** A name-based (v5-style, SHA-1) uuid for an id that is not a uuid: the same source, table and id
 * always give the same uuid, so re-importing a source updates its records. */
export function deterministicId(source: string, table: string, value: string): string {
  // crypto.hash: one call instead of a Hash object per id (an import maps some 100,000 ids).
  const h = hash('sha1', `wijkpunt-hsds\u0000${source}\u0000${table}\u0000${value}`, 'buffer');
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** A uuid stays (lower-cased); anything else becomes the deterministic uuid of source, table and id. */
export function toUuid(source: string, table: string, value: string): string {
  return isUuid(value) ? value.toLowerCase() : deterministicId(source, table, value);
}

const present = (v: unknown): v is string | number =>
  (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';

/** Maps every id and reference of the batch through `toUuid` (ids that are uuids stay as they are). */
export function mapIds(batch: Batch, source: string): void {
  // A record's id comes back in every reference to it: hash each (table, id) once.
  const seen = new Map<string, string>();
  const toUuid = (source: string, table: string, value: string): string => {
    const k = `${table}\u0000${value}`;
    let id = seen.get(k);
    if (id === undefined) {
      id = isUuid(value) ? value.toLowerCase() : deterministicId(source, table, value);
      seen.set(k, id);
    }
    return id;
  };
  for (const key of TABLE_KEYS) {
    const spec = TABLES[key];
    for (const row of batch[key]) {
      for (const col of spec.columns) {
        const v = row[col.name];
        if (!present(v)) continue;
        if (col.name === 'id') row.id = toUuid(source, key, String(v).trim());
        else if (col.ref) row[col.name] = toUuid(source, col.ref, String(v).trim());
      }
      if (key === 'attributes' && present(row.link_id)) {
        const target =
          tableOfEntity(typeof row.link_entity === 'string' ? row.link_entity : '') ?? 'services';
        row.link_id = toUuid(source, target, String(row.link_id).trim());
      }
      if (key === 'metadata' && present(row.resource_id)) {
        const target =
          tableOfEntity(typeof row.resource_type === 'string' ? row.resource_type : '') ?? 'services';
        row.resource_id = toUuid(source, target, String(row.resource_id).trim());
      }
    }
  }
}
