// HSDS 3.0 JSON → batch. Accepts the API shapes: a service or organization object with nested objects
// (service_full.json, organization_full.json), a location, service_at_location, taxonomy or taxonomy_term,
// an array of them, a paginated list ({ contents: [...] }), or NDJSON. A nested object takes its parent's
// id as reference; one id met in several places (a phone under the service and under its location) is one
// record whose references are merged.
import { TABLES, emptyBatch, tableOfEntity, type Batch, type Row, type TableKey } from './batch.ts';
import type { Problem } from './validate.ts';

type Obj = Record<string, unknown>;
export type JsonKind =
  'service' | 'organization' | 'location' | 'service_at_location' | 'taxonomy' | 'taxonomy_term';

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : isObj(v) ? [v] : []);

export class JsonCollector {
  readonly batch: Batch = emptyBatch();
  readonly conflicts: Problem[] = [];
  private readonly byId = new Map<string, Row>();
  private anon = 0;

  constructor(private readonly source: string) {}

  /** Adds one record (merged with an earlier one of the same id); returns its id. */
  private add(table: TableKey, obj: Obj, links: Row = {}): string {
    const row: Row = {};
    for (const c of TABLES[table].columns) if (obj[c.name] !== undefined) row[c.name] = obj[c.name];
    for (const [k, v] of Object.entries(links)) if (row[k] === undefined || row[k] === null) row[k] = v;
    if (row.id === undefined || row.id === null || row.id === '')
      row.id = `${this.source}#${table}#${++this.anon}`;
    const id = String(row.id);
    const existing = this.byId.get(`${table}:${id}`);
    if (!existing) {
      this.byId.set(`${table}:${id}`, row);
      this.batch[table].push(row);
      return id;
    }
    for (const [k, v] of Object.entries(row)) {
      if (v === null || v === undefined) continue;
      if (existing[k] === null || existing[k] === undefined) existing[k] = v;
      else if (JSON.stringify(existing[k]) !== JSON.stringify(v))
        this.conflicts.push({
          table,
          id,
          field: k,
          reason: `appears twice with different values (${JSON.stringify(existing[k])} and ${JSON.stringify(v)})`,
        });
    }
    return id;
  }

  private phones(v: unknown, links: Row) {
    for (const p of list(v)) {
      const id = this.add('phones', p, links);
      for (const l of list(p.languages)) this.add('languages', l, { phone_id: id });
    }
  }

  private contacts(v: unknown, links: Row) {
    for (const c of list(v)) {
      const id = this.add('contacts', c, links);
      this.phones(c.phones, { contact_id: id });
    }
  }

  private attributes(v: unknown, linkId: string, entity: string) {
    for (const a of list(v)) {
      const termId = isObj(a.taxonomy_term) ? this.taxonomyTerm(a.taxonomy_term) : undefined;
      this.add('attributes', a, {
        link_id: linkId,
        link_entity: entity,
        ...(termId && { taxonomy_term_id: termId }),
      });
    }
  }

  private metadata(v: unknown, resourceId: string, entity: string) {
    for (const m of list(v)) this.add('metadata', m, { resource_id: resourceId, resource_type: entity });
  }

  private common(obj: Obj, id: string, entity: string) {
    this.attributes(obj.attributes, id, entity);
    this.metadata(obj.metadata, id, entity);
  }

  taxonomy(obj: Obj): string {
    return this.add('taxonomies', obj);
  }

  taxonomyTerm(obj: Obj): string {
    const taxonomyId = isObj(obj.taxonomy_detail) ? this.taxonomy(obj.taxonomy_detail) : undefined;
    return this.add('taxonomy_terms', obj, taxonomyId ? { taxonomy_id: taxonomyId } : {});
  }

  location(obj: Obj, links: Row = {}): string {
    const id = this.add('locations', obj, links);
    for (const a of list(obj.addresses)) this.add('addresses', a, { location_id: id });
    for (const l of list(obj.languages)) this.add('languages', l, { location_id: id });
    for (const a of list(obj.accessibility)) this.add('accessibility', a, { location_id: id });
    for (const s of list(obj.schedules)) this.add('schedules', s, { location_id: id });
    this.contacts(obj.contacts, { location_id: id });
    this.phones(obj.phones, { location_id: id });
    this.common(obj, id, 'location');
    return id;
  }

  serviceAtLocation(obj: Obj, links: Row = {}): string {
    const locationId = isObj(obj.location) ? this.location(obj.location) : undefined;
    const serviceId = isObj(obj.service) ? this.service(obj.service) : undefined;
    const id = this.add('service_at_locations', obj, {
      ...links,
      ...(locationId && { location_id: locationId }),
      ...(serviceId && { service_id: serviceId }),
    });
    this.contacts(obj.contacts, { service_at_location_id: id });
    this.phones(obj.phones, { service_at_location_id: id });
    for (const s of list(obj.schedules)) this.add('schedules', s, { service_at_location_id: id });
    this.common(obj, id, 'service_at_location');
    return id;
  }

  organization(obj: Obj): string {
    const id = this.add('organizations', obj);
    for (const f of list(obj.funding)) this.add('funding', f, { organization_id: id });
    this.contacts(obj.contacts, { organization_id: id });
    this.phones(obj.phones, { organization_id: id });
    for (const l of list(obj.locations)) this.location(l, { organization_id: id });
    for (const p of list(obj.programs)) this.add('programs', p, { organization_id: id });
    for (const i of list(obj.organization_identifiers))
      this.add('organization_identifiers', i, { organization_id: id });
    for (const s of list(obj.services)) this.service(s, { organization_id: id });
    this.common(obj, id, 'organization');
    return id;
  }

  service(obj: Obj, links: Row = {}): string {
    const organizationId = isObj(obj.organization) ? this.organization(obj.organization) : undefined;
    const programId = isObj(obj.program)
      ? this.add('programs', obj.program, organizationId ? { organization_id: organizationId } : {})
      : undefined;
    const id = this.add('services', obj, {
      ...links,
      ...(organizationId && { organization_id: organizationId }),
      ...(programId && { program_id: programId }),
    });
    this.phones(obj.phones, { service_id: id });
    for (const s of list(obj.schedules)) this.add('schedules', s, { service_id: id });
    for (const s of list(obj.sessions)) this.add('sessions', s, { service_id: id });
    for (const a of list(obj.service_areas)) this.add('service_areas', a, { service_id: id });
    for (const sal of list(obj.service_at_locations)) this.serviceAtLocation(sal, { service_id: id });
    for (const l of list(obj.languages)) this.add('languages', l, { service_id: id });
    for (const f of list(obj.funding)) this.add('funding', f, { service_id: id });
    for (const c of list(obj.cost_options)) this.add('cost_options', c, { service_id: id });
    for (const d of list(obj.required_documents)) this.add('required_documents', d, { service_id: id });
    this.contacts(obj.contacts, { service_id: id });
    this.common(obj, id, 'service');
    return id;
  }

  /** Adds one top-level object of the given kind (or the kind its fields suggest). */
  any(obj: Obj, kind: JsonKind = detectKind(obj)): void {
    if (obj.id === undefined && obj.name === undefined) {
      // base.json of the HSDS examples (API info) and the like.
      this.conflicts.push({
        table: tableOfEntity(kind) ?? 'services',
        id: '(no id)',
        field: '(record)',
        reason: 'is not an HSDS record (it has neither id nor name)',
      });
      return;
    }
    switch (kind) {
      case 'service':
        this.service(obj);
        break;
      case 'organization':
        this.organization(obj);
        break;
      case 'location':
        this.location(obj);
        break;
      case 'service_at_location':
        this.serviceAtLocation(obj);
        break;
      case 'taxonomy':
        this.taxonomy(obj);
        break;
      case 'taxonomy_term':
        this.taxonomyTerm(obj);
        break;
    }
  }
}

export function detectKind(o: Obj): JsonKind {
  const has = (...keys: string[]) => keys.some((k) => k in o);
  if (has('status', 'service_at_locations', 'eligibility_description', 'fees_description')) return 'service';
  if (
    has(
      'services',
      'locations',
      'organization_identifiers',
      'programs',
      'year_incorporated',
      'tax_status',
      'legal_status',
    )
  )
    return 'organization';
  if (has('location_type', 'addresses', 'latitude', 'accessibility', 'transportation')) return 'location';
  if (has('service', 'location') && !has('name')) return 'service_at_location';
  if (has('taxonomy_detail', 'taxonomy_id', 'parent_id', 'code', 'term_uri')) return 'taxonomy_term';
  if (has('version', 'uri') && has('description') && !has('email')) return 'taxonomy';
  return 'service';
}

/** The top-level objects of a JSON or NDJSON text. */
export function parseJsonObjects(text: string, ndjson: boolean): Obj[] {
  if (ndjson) {
    return text
      .split(/\r?\n/)
      .map((l, i) => [l.trim(), i + 1] as const)
      .filter(([l]) => l !== '')
      .map(([l, n]) => {
        try {
          return JSON.parse(l) as Obj;
        } catch (err) {
          throw new Error(`line ${n} is not valid JSON: ${(err as Error).message}`, { cause: err });
        }
      });
  }
  const doc = JSON.parse(text) as unknown;
  if (Array.isArray(doc)) return doc.filter(isObj);
  if (isObj(doc) && Array.isArray(doc.contents)) return doc.contents.filter(isObj);
  if (isObj(doc)) return [doc];
  throw new Error('expected an HSDS object, an array of objects or a paginated list ({ "contents": [...] })');
}
