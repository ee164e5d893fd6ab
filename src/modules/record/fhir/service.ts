// The FHIR REST subset's rules: read one resource, search a type in one record with paging, and write a
// transaction or batch of creates. Access and audit are the record's door (../access.ts); this file decides
// whose record a request is about and turns stored rows into FHIR Bundles. Nothing here knows about HTTP.
import type { Bundle, BundleEntry, BundleLink, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';
import type { Kysely } from 'kysely';
import { hasRole, type Actor } from '../../../server/auth/actor.ts';
import type { DB } from '../../../server/db/schema.ts';
import { bilingual, notFound } from '../../../server/errors.ts';
import type { Locale } from '../../../server/i18n.ts';
import type { PurposeOfUse } from '../../consent/service.ts';
import { readResource, searchResources, useFor, type StoredResource } from '../access.ts';
import type { SupportedType } from '../categories.ts';
import { importEntries, type EntryRefusal } from '../import.ts';
import { OutcomeError, issue, type IssueType } from './outcome.ts';
import { DEFAULT_COUNT, MAX_COUNT, type TransactionBody } from './schema.ts';

export interface FhirCall {
  db: Kysely<DB>;
  actor: Actor & { personId: string };
  /** the purpose for someone else's record (the caller's own needs none) */
  use: PurposeOfUse;
  locale: Locale;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every stored id (resources and residents) is a UUID; anything else cannot exist, so it is 404 too. */
function storedId(id: string): string {
  if (!UUID.test(id)) throw notFound();
  return id.toLowerCase();
}

export async function readOne(o: FhirCall & { type: SupportedType; id: string }): Promise<Resource> {
  const r = await readResource({ ...o, id: storedId(o.id) });
  return r.resource as unknown as Resource;
}

export interface SearchOptions extends FhirCall {
  type: SupportedType;
  /** whose record, for every type but Patient: `Patient/<id>` or `<id>`; absent: the resident's own */
  patient?: string | undefined;
  /** whose record, for Patient: the resident's id; absent: the resident's own */
  _id?: string | undefined;
  count?: number | undefined;
  offset?: number | undefined;
  /** the absolute base URL the caller used (…/fhir/R4), for fullUrl and the paging links */
  base: string;
}

/** A searchset Bundle of one page, with the total and self, first, previous and next links. */
export async function search(o: SearchOptions): Promise<Bundle> {
  checkSearchParams(o);
  const residentId = whoseRecord(o);
  const count = Math.min(o.count ?? DEFAULT_COUNT, MAX_COUNT);
  const offset = o.offset ?? 0;
  const page = await searchResources({
    db: o.db,
    actor: o.actor,
    residentId,
    use: useFor(o.actor, residentId, o.use),
    type: o.type,
    count,
    offset,
  });
  const param = o.type === 'Patient' ? '_id' : 'patient';
  const url = (at: number) =>
    `${o.base}/${o.type}?${param}=${encodeURIComponent(residentId)}&_count=${count}&_offset=${at}`;
  const link: BundleLink[] = [
    { relation: 'self', url: url(offset) },
    { relation: 'first', url: url(0) },
  ];
  if (count && offset > 0) link.push({ relation: 'previous', url: url(Math.max(0, offset - count)) });
  if (count && offset + count < page.total) link.push({ relation: 'next', url: url(offset + count) });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: page.total,
    link,
    entry: page.resources.map((r: StoredResource) => ({
      fullUrl: `${o.base}/${r.resourceType}/${r.id}`,
      resource: r.resource as unknown as Resource,
      search: { mode: 'match' },
    })),
  };
}

/** The record a search is about: the one named, else the caller's own (residents only). */
function whoseRecord(o: SearchOptions): string {
  const named = o.type === 'Patient' ? o._id : o.patient;
  if (named) return storedId(named.replace(/^Patient\//, ''));
  if (hasRole(o.actor, 'resident')) return o.actor.personId;
  const param = o.type === 'Patient' ? '_id' : 'patient';
  throw new OutcomeError(400, [
    issue(
      'required',
      bilingual(
        `${param}: noem de inwoner wiens dossier u doorzoekt`,
        `${param}: name the resident whose record you search`,
      ),
      param,
    ),
  ]);
}

/** Refuses `patient` on Patient and `_id` on the other types, naming the parameter. */
function checkSearchParams({ type, patient, _id }: SearchOptions): void {
  const wrong =
    type === 'Patient' ? (patient !== undefined ? 'patient' : null) : _id !== undefined ? '_id' : null;
  if (!wrong) return;
  throw new OutcomeError(400, [
    issue(
      'not-supported',
      bilingual(
        `${wrong}: ${type} wordt hier niet op deze parameter doorzocht`,
        `${wrong}: ${type} is not searched by this parameter`,
      ),
      wrong,
    ),
  ]);
}

// --- transaction and batch ---------------------------------------------------------------------------------

/**
 * Writes a transaction (or batch) of creates, all or nothing, and answers per entry 201 Created (new) or
 * 200 OK (already stored, perhaps changed) with its location. A resident writes into their own record as
 * the import does. Anyone else writes into the record every entry names (`Patient/<id>`, all the same),
 * never the Patient itself, with a consent covering the purpose and every part written (access.ts; 404
 * without one, also under emergency access, which never writes).
 */
export async function transaction(o: FhirCall & { bundle: TransactionBody }): Promise<Bundle> {
  const { actor, bundle } = o;
  const entries = bundle.entry ?? [];
  const issues = requestIssues(entries);
  const named = entries.map((e) => patientReferences(e.resource));
  const ids = new Set(named.flat().map((r) => r.id));
  // A resident writes into their own record, where every Patient is the resident (as in the import). Only
  // someone who is also a professional and names another resident writes into that resident's record.
  const own =
    hasRole(actor, 'resident') &&
    (!hasRole(actor, 'professional') || ids.size === 0 || (ids.size === 1 && ids.has(actor.personId)));
  const target = own ? actor.personId : otherResident(entries, named, issues);
  if (issues.length) throw new OutcomeError(400, issues);
  const residentId = storedId(target!);

  const out = await importEntries({
    db: o.db,
    actor,
    residentId,
    bundle,
    locale: o.locale,
    use: own ? undefined : o.use,
    refuseUnsupported: true,
    // What a professional sends without naming its source cannot overwrite what came from elsewhere.
    ...(own ? {} : { defaultSource: `urn:wijkpunt:person:${actor.personId}` }),
  });
  if (out.rejected.length) throw new OutcomeError(400, out.rejected.map(refusalIssue));
  const byIndex = new Map(out.stored.map((s) => [s.index, s]));
  return {
    resourceType: 'Bundle',
    type: bundle.type === 'batch' ? 'batch-response' : 'transaction-response',
    entry: entries.map((_, index): BundleEntry => {
      const s = byIndex.get(index)!;
      return {
        response: { status: s.created ? '201 Created' : '200 OK', location: `${s.resourceType}/${s.id}` },
      };
    }),
  };
}

type Entry = NonNullable<TransactionBody['entry']>[number];

/** Only creates: POST to the resource's own type. */
function requestIssues(entries: Entry[]): OperationOutcomeIssue[] {
  const issues: OperationOutcomeIssue[] = [];
  entries.forEach((e, i) => {
    const at = `Bundle.entry[${i}].request`;
    const type = (e.resource as { resourceType?: unknown } | undefined)?.resourceType;
    if (e.request.method !== 'POST') {
      issues.push(
        issue(
          'not-supported',
          bilingual(
            `${at}.method: alleen POST (nieuw vastleggen) wordt ondersteund`,
            `${at}.method: only POST (create) is supported`,
          ),
          `${at}.method`,
        ),
      );
    } else if (typeof type === 'string' && e.request.url !== type) {
      issues.push(
        issue('value', bilingual(`${at}.url: moet ${type} zijn`, `${at}.url: must be ${type}`), `${at}.url`),
      );
    }
  });
  return issues;
}

interface PatientReference {
  /** FHIRPath of the reference element within the resource */
  path: string;
  id: string;
}

/** Every literal `Patient/<id>` reference in a resource, with where it is. */
function patientReferences(node: unknown, path = ''): PatientReference[] {
  if (Array.isArray(node)) return node.flatMap((x, i) => patientReferences(x, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => {
    const here = path ? `${path}.${k}` : k;
    if (k === 'reference' && typeof v === 'string') {
      const m = /^Patient\/([^/]+)$/.exec(v);
      return m ? [{ path: here, id: m[1]! }] : [];
    }
    return typeof v === 'object' ? patientReferences(v, here) : [];
  });
}

/** Where a resource of this type names its patient. */
const patientField = (type: string) =>
  type === 'AllergyIntolerance' || type === 'Immunization' ? 'patient' : 'subject';

/**
 * The resident a professional writes for: the one every entry names. Adds an issue for a Patient entry (the
 * resident's own), an entry naming nobody, and an entry naming someone else than the first.
 */
function otherResident(
  entries: Entry[],
  named: PatientReference[][],
  issues: OperationOutcomeIssue[],
): string | null {
  const first = named.flat()[0]?.id ?? null;
  entries.forEach((e, i) => {
    const type = (e.resource as { resourceType?: unknown } | undefined)?.resourceType;
    if (typeof type !== 'string') return; // the import names what is missing
    const at = `Bundle.entry[${i}].resource`;
    if (type === 'Patient') {
      issues.push(
        issue(
          'business-rule',
          bilingual(
            `${at}: de Patient is van de inwoner zelf; verwijs ernaar met Patient/<id>`,
            `${at}: the Patient belongs to the resident; refer to it with Patient/<id>`,
          ),
          at,
        ),
      );
      return;
    }
    const refs = named[i]!;
    if (!refs.length) {
      const field = `${at}.${patientField(type)}`;
      issues.push(
        issue(
          'required',
          bilingual(
            `${field}: noem de inwoner met Patient/<id>`,
            `${field}: name the resident with Patient/<id>`,
          ),
          field,
        ),
      );
    }
    for (const r of refs.filter((x) => x.id !== first)) {
      issues.push(
        issue(
          'business-rule',
          bilingual(
            `${at}.${r.path}: één transactie schrijft in één dossier; eerder werd Patient/${first} genoemd`,
            `${at}.${r.path}: one transaction writes into one record; Patient/${first} was named before`,
          ),
          `${at}.${r.path}`,
        ),
      );
    }
  });
  if (!first && !issues.length) {
    issues.push(
      issue(
        'required',
        bilingual(
          'Bundle.entry: noem de inwoner met Patient/<id> in elk onderdeel',
          'Bundle.entry: name the resident with Patient/<id> in every entry',
        ),
        'Bundle.entry',
      ),
    );
  }
  return first;
}

const REFUSAL_ISSUE: Record<EntryRefusal['kind'], IssueType> = {
  missing: 'required',
  invalid: 'value',
  second: 'business-rule',
  unsupported: 'not-supported',
};

function refusalIssue(r: EntryRefusal): OperationOutcomeIssue {
  const at = `Bundle.entry[${r.index}].resource${r.path ? `.${r.path}` : ''}`;
  return issue(REFUSAL_ISSUE[r.kind], `Bundle.entry[${r.index}]: ${r.reason}`, at);
}
