// Imports a FHIR R4 Bundle into the resident's own record: every entry is checked, supported resources are
// stored with references inside the bundle rewritten to their Wijkpunt ids, unsupported types are counted,
// and the whole bundle is written in one transaction with one audit row — or, if any entry is refused,
// nothing is written and each refusal says which entry and which field.
import { createHash } from 'node:crypto';
import type { Resource } from '@medplum/fhirtypes';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../../server/auth/actor.ts';
import type { DB } from '../../server/db/schema.ts';
import type { Locale } from '../../server/i18n.ts';
import type { PurposeOfUse } from '../consent/service.ts';
import { writeRecord } from './access.ts';
import {
  categoryOf,
  isSupported,
  type RecordCategory,
  type StoredCategory,
  type SupportedType,
} from './categories.ts';
import { RESOURCE_SCHEMAS, type BundleBody, type ImportResult } from './schema.ts';

export interface ImportOptions {
  db: Kysely<DB>;
  actor: Actor;
  residentId: string;
  bundle: BundleBody;
  locale: Locale;
  /** Absent: the resident's own import. Present: a professional writes, for this purpose (consent needed). */
  use?: PurposeOfUse | undefined;
  /** Refuse entries of types Wijkpunt does not store instead of counting them (a FHIR transaction). */
  refuseUnsupported?: boolean;
  /** The source system when neither the resource nor the bundle names one (default urn:wijkpunt:import). */
  defaultSource?: string;
}

/** Why one entry was refused: the words for people, and the field for the FHIR API. */
export interface EntryRefusal {
  index: number;
  reason: string;
  /** FHIRPath within the entry's resource ('' for the resource as a whole) */
  path: string;
  kind: 'missing' | 'invalid' | 'second' | 'unsupported';
}

/** Where an accepted entry was stored; `created` is false when it was there already. */
export interface StoredEntry {
  index: number;
  resourceType: string;
  id: string;
  created: boolean;
}

export interface ImportDetail {
  imported: Record<string, number>;
  unsupported: Record<string, number>;
  rejected: EntryRefusal[];
  stored: StoredEntry[];
}

interface Row {
  id: string;
  resident_id: string;
  resource_type: string;
  category: StoredCategory;
  source_system: string;
  source_id: string;
  resource: Record<string, unknown>;
  recorded_at: string | null;
}

/** Used when neither the resource nor the bundle names its source system. */
const UNNAMED_SOURCE = 'urn:wijkpunt:import';

type Accepted = {
  index: number;
  fullUrl: string | undefined;
  resource: Resource & { resourceType: SupportedType };
};

export async function importBundle(opts: ImportOptions): Promise<ImportResult> {
  const { imported, unsupported, rejected } = await importEntries(opts);
  return { imported, unsupported, rejected: rejected.map(({ index, reason }) => ({ index, reason })) };
}

/** As importBundle, and also where each entry was stored, and each refusal's field. */
export async function importEntries(opts: ImportOptions): Promise<ImportDetail> {
  const { bundle, residentId, locale } = opts;
  const imported: Record<string, number> = {};
  const unsupported: Record<string, number> = {};
  const rejected: EntryRefusal[] = [];
  const accepted: Accepted[] = [];
  const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
  let patientKey: string | null = null;

  (bundle.entry ?? []).forEach((entry, index) => {
    const r = entry.resource as { resourceType?: unknown } | undefined;
    if (!r || typeof r !== 'object' || typeof r.resourceType !== 'string') {
      rejected.push({
        index,
        reason: words(locale, 'resource.resourceType', 'missing'),
        path: 'resourceType',
        kind: 'missing',
      });
      return;
    }
    const type = r.resourceType;
    if (!isSupported(type)) {
      bump(unsupported, type);
      if (opts.refuseUnsupported) {
        rejected.push({
          index,
          reason: words(locale, type, 'unsupported'),
          path: 'resourceType',
          kind: 'unsupported',
        });
      }
      return;
    }
    const checked = RESOURCE_SCHEMAS[type].safeParse(r);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      const field = [type, ...issue.path.map(String)].join('.');
      const missing = /received undefined/.test(issue.message) || issue.message === 'medication[x]';
      const kind = missing ? 'missing' : 'invalid';
      const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
      rejected.push({ index, reason: words(locale, field, kind), path: path.replace(/^\./, ''), kind });
      return;
    }
    const resource = r as Accepted['resource'];
    if (type === 'Patient') {
      // A bundle is one person's record, and that person is the resident who imports it.
      const key = entry.fullUrl ?? resource.id ?? String(index);
      if (patientKey !== null && patientKey !== key) {
        rejected.push({ index, reason: words(locale, 'Patient', 'second'), path: '', kind: 'second' });
        return;
      }
      patientKey = key;
    }
    accepted.push({ index, fullUrl: entry.fullUrl, resource });
  });
  if (rejected.length) return { imported: {}, unsupported, rejected, stored: [] };

  const bundleSource =
    bundle.meta?.source ?? bundle.identifier?.system ?? opts.defaultSource ?? UNNAMED_SOURCE;
  const patientRef = `Patient/${residentId}`;
  const refs = new Map<string, string>();
  const rows: Row[] = accepted.map(({ fullUrl, resource }) => {
    const type = resource.resourceType;
    const [system, sourceId] = identity(resource, fullUrl, bundleSource);
    const id = type === 'Patient' ? residentId : stableId(residentId, type, system, sourceId);
    const to = `${type}/${id}`;
    if (fullUrl) refs.set(fullUrl, to);
    if (resource.id) refs.set(`${type}/${resource.id}`, to);
    return {
      id,
      resident_id: residentId,
      resource_type: type,
      category: categoryOf(resource),
      source_system: type === 'Patient' ? 'urn:wijkpunt:resident' : system,
      source_id: type === 'Patient' ? residentId : sourceId,
      resource: resource as unknown as Record<string, unknown>,
      recorded_at: recordedAt(resource),
    };
  });
  for (const row of rows) {
    rewriteReferences(row.resource, refs, patientRef);
    row.resource.id = row.id;
    bump(imported, row.resource_type);
  }
  // One row per identity: a bundle that carries a resource twice stores it once (the last one wins).
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()];

  const categories = [...new Set(unique.map((r) => r.category))].filter(
    (c): c is RecordCategory => c !== 'patient',
  );
  const existing = await writeRecord({ ...opts, categories }, async (trx) => {
    const before = await existingIds(
      trx,
      unique.map((r) => r.id),
    );
    await upsert(trx, unique);
    return before;
  });
  const stored = rows.map((row, i) => ({
    index: accepted[i]!.index,
    resourceType: row.resource_type,
    id: row.id,
    created: !existing.has(row.id),
  }));
  return { imported, unsupported, rejected, stored };
}

/** Where a resource comes from and its id there: the resource's own id within its source system, else its
 * first identifier, else its fullUrl, else its content, so a re-import of the same bundle finds it again. */
function identity(resource: Resource, fullUrl: string | undefined, bundleSource: string): [string, string] {
  if (resource.id) return [resource.meta?.source ?? bundleSource, resource.id];
  type Ident = { system?: string; value?: string };
  const ident = (resource as { identifier?: Ident[] | Ident }).identifier;
  const first = Array.isArray(ident) ? ident.find((i) => i.system && i.value) : ident;
  if (first?.system && first.value) return [first.system, first.value];
  if (fullUrl) return ['urn:ietf:rfc:3986', fullUrl];
  return ['urn:wijkpunt:content-sha256', createHash('sha256').update(JSON.stringify(resource)).digest('hex')];
}

/** A UUID derived from the identity: the same resource of the same resident always gets the same id. */
function stableId(residentId: string, type: string, system: string, sourceId: string): string {
  const h = createHash('sha256').update(`${residentId}\n${type}\n${system}\n${sourceId}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** References to resources in the bundle point at their stored ids; any Patient is the resident. */
function rewriteReferences(node: unknown, refs: Map<string, string>, patientRef: string): void {
  if (Array.isArray(node)) {
    for (const x of node) rewriteReferences(x, refs, patientRef);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    if (k === 'reference' && typeof v === 'string') {
      const to = refs.get(v);
      if (to) o[k] = to.startsWith('Patient/') ? patientRef : to;
      else if (/^Patient\/[^/]+$/.test(v)) o[k] = patientRef;
    } else if (v && typeof v === 'object') rewriteReferences(v, refs, patientRef);
  }
}

const DATE_FIELDS = [
  'effectiveDateTime',
  'effectiveInstant',
  'effectivePeriod.start',
  'onsetDateTime',
  'recordedDate',
  'authoredOn',
  'occurrenceDateTime',
  'authored',
  'date',
  'period.start',
  'startDate',
  'issued',
  'dateAsserted',
] as const;

/** The clinically relevant moment, as an ISO timestamp (FHIR allows "2013" and "2013-02" too). */
export function recordedAt(resource: object): string | null {
  const o = resource as Record<string, unknown>;
  for (const f of DATE_FIELDS) {
    const [a, b] = f.split('.') as [string, string | undefined];
    const v = b ? (o[a] as Record<string, unknown> | undefined)?.[b] : o[a];
    if (typeof v !== 'string') continue;
    const iso = /^\d{4}$/.test(v) ? `${v}-01-01` : /^\d{4}-\d{2}$/.test(v) ? `${v}-01` : v;
    const t = Date.parse(iso);
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  return null;
}

/** Rows per statement: a Synthea observation is ~1 kB, so a chunk stays a few MB of JSON. */
const CHUNK = 2000;

/** Which of these ids are stored already (so a FHIR transaction can answer 201 or 200 per entry). */
async function existingIds(trx: Transaction<DB>, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await trx
      .selectFrom('record_resource')
      .select('id')
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
}

async function upsert(trx: Transaction<DB>, rows: Row[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const json = JSON.stringify(rows.slice(i, i + CHUNK));
    // An unchanged resource is left alone (no new row version, updated_at kept), so a re-import writes nothing.
    await sql`INSERT INTO record_resource
        (id, resident_id, resource_type, category, source_system, source_id, resource, recorded_at)
      SELECT id, resident_id, resource_type, category, source_system, source_id, resource, recorded_at
        FROM json_populate_recordset(NULL::record_resource, ${json}::json)
      ON CONFLICT (id) DO UPDATE SET resource = EXCLUDED.resource, category = EXCLUDED.category,
        recorded_at = EXCLUDED.recorded_at, updated_at = now()
      WHERE record_resource.resource IS DISTINCT FROM EXCLUDED.resource`.execute(trx);
  }
}

function words(locale: Locale, field: string, what: EntryRefusal['kind']): string {
  if (what === 'unsupported') {
    return locale === 'en'
      ? `${field}: Wijkpunt does not keep this kind of resource`
      : `${field}: dit soort gegevens bewaart Wijkpunt niet`;
  }
  if (what === 'second') {
    return locale === 'en'
      ? `${field}: a second person in one bundle; a bundle holds the record of one person, you`
      : `${field}: een tweede persoon in één bundel; een bundel bevat het dossier van één persoon, u zelf`;
  }
  if (locale === 'en') return `${field} ${what === 'missing' ? 'is missing' : 'is not valid'}`;
  return `${field} ${what === 'missing' ? 'ontbreekt' : 'heeft geen geldige waarde'}`;
}
