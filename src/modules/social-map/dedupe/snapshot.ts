// What duplicate finding compares: one flat snapshot per service and organization of an imported batch,
// with the fields the matcher scores (name, contact details, first physical address, coordinates) and the
// fields a merge may take from either side. Built in linear time: children are indexed by foreign key once.
import type { Batch, Row } from '../import/batch.ts';

export type DedupeKind = 'service' | 'organization';

export interface SourceSnapshot {
  kind: DedupeKind;
  /** The record's id in the source's own file (before mapIds). */
  id: string;
  /** The uuid it is stored under (after mapIds). */
  entityId: string;
  name: string;
  alternate_name: string | null;
  description: string | null;
  email: string | null;
  /** Organizations: website; services: url. */
  url: string | null;
  /** As given in the source, first the record's own, then its location's. */
  phones: string[];
  /** First physical address of the (first) location. */
  address_1: string | null;
  postal_code: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Services: uuid and name of their organization (null for organizations). */
  organization_id: string | null;
  organization_name: string | null;
  /** Services: assured_date if given (YYYY-MM-DD), else null. */
  verified_at: string | null;
  /** Services only, else null: other fields a merge may take from either side. */
  fees_description: string | null;
  application_process: string | null;
  eligibility_description: string | null;
}

export interface SourceIds {
  services: Map<string, string>;
  organizations: Map<string, string>;
}

const text = (v: unknown): string | null => {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t ? t : null;
};

const num = (v: unknown): number | null => {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
};

const date = (v: unknown): string | null => {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  return text(v)?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
};

/** A reference or id as a map key: ids after mapIds are trimmed uuids, so this is mostly a type check. */
const ref = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : text(v));

function push(m: Map<string, Row[]>, k: string, row: Row): void {
  const list = m.get(k);
  if (list) list.push(row);
  else m.set(k, [row]);
}

/** The first row per value of one column (in the batch's order). */
function firstBy(rows: Row[], column: string): Map<string, Row> {
  const m = new Map<string, Row>();
  for (const r of rows) {
    const k = ref(r[column]);
    if (k !== null && !m.has(k)) m.set(k, r);
  }
  return m;
}

interface Place {
  address_1: string | null;
  postal_code: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
}

const NO_PLACE: Place = { address_1: null, postal_code: null, city: null, latitude: null, longitude: null };

/**
 * Snapshots of every service and organization of a batch after mapIds. `sourceIds` maps a table key
 * ('services' | 'organizations') and a uuid to the record's original id in the file; a uuid without entry
 * had a uuid as original id (use the uuid).
 */
export function snapshotBatch(batch: Batch, sourceIds: SourceIds): SourceSnapshot[] {
  const locations = new Map<string, Row>();
  for (const l of batch.locations) {
    const id = ref(l.id);
    if (id !== null) locations.set(id, l);
  }
  const addressOfLocation = new Map<string, Row>();
  for (const a of batch.addresses) {
    const loc = ref(a.location_id);
    if (loc !== null && (a.address_type ?? 'physical') === 'physical' && !addressOfLocation.has(loc))
      addressOfLocation.set(loc, a);
  }
  const firstLocationOfOrg = firstBy(batch.locations, 'organization_id');
  const firstLocationOfService = firstBy(batch.service_at_locations, 'service_id');
  // A phone belongs to the most specific record it names: a service's own phones, then those of its
  // location that name no service; an organization's own (no service, no location), then its location's.
  const phonesByService = new Map<string, Row[]>();
  const phonesByLocation = new Map<string, Row[]>();
  const phonesByOrg = new Map<string, Row[]>();
  for (const p of batch.phones) {
    const service = ref(p.service_id);
    if (service !== null) {
      push(phonesByService, service, p);
      continue;
    }
    const location = ref(p.location_id);
    if (location !== null) {
      push(phonesByLocation, location, p);
      continue;
    }
    const org = ref(p.organization_id);
    if (org !== null) push(phonesByOrg, org, p);
  }
  const organizations = new Map<string, Row>();
  for (const o of batch.organizations) {
    const id = ref(o.id);
    if (id !== null) organizations.set(id, o);
  }

  const placeCache = new Map<string, Place>();
  const place = (locationId: string | null): Place => {
    if (locationId === null) return NO_PLACE;
    let p = placeCache.get(locationId);
    if (p) return p;
    const l = locations.get(locationId);
    const a = addressOfLocation.get(locationId);
    p = {
      address_1: text(a?.address_1),
      postal_code: text(a?.postal_code),
      city: text(a?.city),
      latitude: num(l?.latitude),
      longitude: num(l?.longitude),
    };
    placeCache.set(locationId, p);
    return p;
  };
  const firstOrgLocation = (orgId: string | null): string | null =>
    orgId === null ? null : ref(firstLocationOfOrg.get(orgId)?.id);
  const numbers = (...groups: (Row[] | undefined)[]): string[] => {
    const out: string[] = [];
    for (const g of groups)
      for (const p of g ?? []) {
        const n = text(p.number);
        if (n !== null && !out.includes(n)) out.push(n);
      }
    return out;
  };

  const out: SourceSnapshot[] = [];
  for (const o of batch.organizations) {
    const entityId = ref(o.id);
    const name = text(o.name);
    if (entityId === null || name === null) continue;
    const loc = firstOrgLocation(entityId);
    out.push({
      kind: 'organization',
      id: sourceIds.organizations.get(entityId) ?? entityId,
      entityId,
      name,
      alternate_name: text(o.alternate_name),
      description: text(o.description),
      email: text(o.email),
      url: text(o.website),
      phones: numbers(phonesByOrg.get(entityId), loc === null ? undefined : phonesByLocation.get(loc)),
      ...place(loc),
      organization_id: null,
      organization_name: null,
      verified_at: null,
      fees_description: null,
      application_process: null,
      eligibility_description: null,
    });
  }
  for (const s of batch.services) {
    const entityId = ref(s.id);
    const name = text(s.name);
    if (entityId === null || name === null) continue;
    const orgId = ref(s.organization_id);
    const own = ref(firstLocationOfService.get(entityId)?.location_id);
    const loc = own ?? firstOrgLocation(orgId);
    out.push({
      kind: 'service',
      id: sourceIds.services.get(entityId) ?? entityId,
      entityId,
      name,
      alternate_name: text(s.alternate_name),
      description: text(s.description),
      email: text(s.email),
      url: text(s.url),
      phones: numbers(phonesByService.get(entityId), loc === null ? undefined : phonesByLocation.get(loc)),
      ...place(loc),
      organization_id: orgId,
      organization_name: orgId === null ? null : text(organizations.get(orgId)?.name),
      verified_at: date(s.assured_date),
      fees_description: text(s.fees_description),
      application_process: text(s.application_process),
      eligibility_description: text(s.eligibility_description),
    });
  }
  return out;
}
