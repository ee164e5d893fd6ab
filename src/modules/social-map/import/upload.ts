// The coordinator's HSDS upload: an adapter around the import engine (index.ts). The uploaded files are put
// in a private temporary folder and imported with importHsds(), inside a transaction of ours: a preview
// rolls it back, a confirmation commits it. Stateless: the page keeps the files and sends them again to
// confirm, with the preview id (a hash of files and choices) so exactly what was previewed is imported.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely, type Transaction } from 'kysely';
import { writeAudit } from '../../../server/audit.ts';
import { joinTransaction } from '../../../server/db/join-transaction.ts';
import type { Actor } from '../../../server/auth/actor.ts';
import type { DB } from '../../../server/db/schema.ts';
import { AppError, bilingual } from '../../../server/errors.ts';
import type { Locale } from '../../../server/i18n.ts';
import { listNeighbourhoods } from '../../tenancy/service.ts';
import { reviewable, scopeOf, type Scope } from '../editing/access.ts';
import { ImportInputError, importHsds, readHsds, type Problem, type ReadResult } from './index.ts';
import { reasonIn } from './upload-reasons.ts';
import type { ConfirmBody, UploadBody, UploadResult } from './upload-schema.ts';

type Caller = { db: Kysely<DB>; actor: Actor; locale: Locale };
type Target = { cbsCode: string; name: string };

/** The neighbourhoods the caller may import into: all for administrators, their own for coordinators. */
export async function importTargets({ db, actor }: Omit<Caller, 'locale'>): Promise<Target[]> {
  const scope = scopeOf(actor);
  const all = await listNeighbourhoods({ db });
  return all
    .filter((n) => scope.admin || scope.neighbourhoodIds.includes(n.id))
    .map((n) => ({ cbsCode: n.cbsCode, name: n.name }));
}

async function targetOf({ db, actor }: Caller, code: string): Promise<Target> {
  const found = (await importTargets({ db, actor })).find((n) => n.cbsCode === code);
  if (found) return found;
  const errors = [
    {
      path: 'body.neighbourhood',
      message: bilingual(
        'U kunt alleen importeren in een wijk waarvan u coördinator bent.',
        'You can only import into a neighbourhood you coordinate.',
      ),
    },
  ];
  if (!scopeOf(actor).admin) throw new AppError('forbidden', undefined, errors);
  throw new AppError('validation_failed', undefined, [
    {
      path: 'body.neighbourhood',
      message: bilingual('Deze wijk bestaat niet.', 'This neighbourhood does not exist.'),
    },
  ]);
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function defaultSource(files: UploadBody['files']): string {
  return files.length === 1 ? path.basename(files[0]!.name) : 'datapackage';
}

/** A hash of the files, the neighbourhood and the source: the same upload gives the same id. */
export function previewIdOf(body: UploadBody, source: string): string {
  const parts = [...body.files]
    .map((f) => `${path.basename(f.name)}\0${sha256(f.content)}`)
    .sort()
    .concat(body.neighbourhood, source);
  return sha256(parts.join('\0\0'));
}

function refuseFiles(message: string): never {
  throw new AppError('validation_failed', undefined, [{ path: 'body.files', message }]);
}

/** A path inside a data package (datapackage.json's resource path), or null when it would leave it. */
function packagePath(p: unknown): string | null {
  if (typeof p !== 'string' || !p || p.includes('\0')) return null;
  const norm = path.posix.normalize(p.replaceAll('\\', '/'));
  if (path.posix.isAbsolute(norm) || norm === '..' || norm.startsWith('../')) return null;
  return norm;
}

/** Writes the files into `dir`; returns the path to import (the one JSON file, or the folder). */
export function materialise(dir: string, files: UploadBody['files']): string {
  const names = files.map((f) => path.basename(f.name.replaceAll('\\', '/')));
  const dupe = names.find((n, i) => names.indexOf(n) !== i);
  if (dupe)
    refuseFiles(bilingual(`Het bestand ${dupe} is twee keer gekozen.`, `The file ${dupe} was chosen twice.`));
  const single = files.length === 1 && names[0]!.toLowerCase() !== 'datapackage.json';
  if (single && !/\.(json|ndjson|jsonl)$/i.test(names[0]!))
    refuseFiles(
      bilingual(
        'Eén CSV-bestand is niet genoeg: kies ook datapackage.json en de andere CSV-bestanden van het pakket.',
        'One CSV file is not enough: also choose datapackage.json and the other CSV files of the package.',
      ),
    );
  // The CSV files of a data package go where datapackage.json says (resources may live in a subfolder).
  const placed = new Map<string, string>();
  const pkg = files.find((_, i) => names[i]!.toLowerCase() === 'datapackage.json');
  if (pkg) {
    try {
      const parsed = JSON.parse(pkg.content) as { resources?: { path?: unknown }[] };
      for (const r of parsed.resources ?? []) {
        for (const p of Array.isArray(r.path) ? (r.path as unknown[]) : [r.path]) {
          const rel = packagePath(p);
          if (rel) placed.set(path.posix.basename(rel), rel);
        }
      }
    } catch {
      // The engine reads the CSV files that are there when datapackage.json is not JSON.
    }
  }
  files.forEach((f, i) => {
    const name = names[i]!;
    const target = path.join(dir, placed.get(name) ?? name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, f.content);
  });
  return single ? path.join(dir, names[0]!) : dir;
}

/** Thrown to roll our transaction back while keeping the result. */
class RollBack extends Error {
  constructor(readonly result: UploadResult) {
    super('roll back');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idsOf = (rows: Record<string, unknown>[]) => [
  ...new Set(rows.map((r) => r.id).filter((id): id is string => typeof id === 'string' && UUID.test(id))),
];

async function existing(
  trx: Transaction<DB>,
  table: 'sm_service' | 'sm_organization' | 'sm_location',
  ids: string[],
) {
  if (!ids.length) return new Set<string>();
  const rows = await trx
    .selectFrom(table)
    .select('id')
    .where(sql<boolean>`id = ANY(${ids}::uuid[])`)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Services among `ids` that lie outside the caller's neighbourhoods. */
async function outsideScope(trx: Transaction<DB>, scope: Scope, ids: string[]) {
  if (scope.admin || !ids.length) return [];
  return trx
    .selectFrom('sm_service as s')
    .select(['s.id', 's.name'])
    .where(sql<boolean>`s.id = ANY(${ids}::uuid[])`)
    .where(sql<boolean>`NOT ${reviewable(scope, sql.ref('s.id'))}`)
    .orderBy('s.name')
    .execute();
}

const zero = () => ({ new: 0, updated: 0 });

/** The engine names records by uuid (non-uuid ids are mapped); the name says which one is meant. */
function namesOf(batch: ReadResult['batch']): Map<string, string> {
  const names = new Map<string, string>();
  for (const table of ['services', 'organizations', 'locations', 'taxonomy_terms', 'programs'] as const)
    for (const row of batch[table])
      if (typeof row.name === 'string' && row.name.trim()) names.set(`${table}:${String(row.id)}`, row.name);
  return names;
}

/** Services outside the caller's neighbourhoods: one taken over by id, or one with a foreign area. */
function outsideProblems(
  rows: { id: string; name: string }[],
  why: 'taken' | 'area',
  locale: Locale,
): Problem[] {
  const en = locale === 'en';
  return rows.map((s) => ({
    table: 'services',
    id: s.id,
    field: why === 'taken' ? 'id' : 'service_area',
    reason:
      why === 'taken'
        ? en
          ? `"${s.name}" is an entry of another neighbourhood; you cannot change it with an import`
          : `"${s.name}" is aanbod van een andere wijk; dat kunt u niet met een import veranderen`
        : en
          ? `"${s.name}" serves an area outside your neighbourhoods`
          : `"${s.name}" heeft een werkgebied buiten uw wijken`,
  }));
}

async function run(caller: Caller, body: UploadBody, previewId: string | null): Promise<UploadResult> {
  const { db, actor, locale } = caller;
  const commit = previewId !== null;
  const neighbourhood = await targetOf(caller, body.neighbourhood);
  const source = body.source || defaultSource(body.files);
  const id = previewIdOf(body, source);
  if (commit && previewId !== id)
    throw new AppError(
      'conflict',
      bilingual(
        'De bestanden of keuzes zijn veranderd sinds het voorbeeld. Bekijk het voorbeeld opnieuw.',
        'The files or choices changed since the preview. Look at the preview again.',
      ),
    );
  const scope = scopeOf(actor);
  const actingAs = scope.admin ? 'administrator' : 'coordinator';
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkpunt-upload-'));
  try {
    const input = materialise(tmp, body.files);
    let read;
    try {
      read = readHsds(input, { source });
    } catch (err) {
      if (err instanceof ImportInputError)
        refuseFiles(
          bilingual(
            `We kunnen de bestanden niet lezen: ${err.message}`,
            `We cannot read the files: ${err.message}`,
          ),
        );
      throw err;
    }
    const ids = {
      services: idsOf(read.batch.services),
      organizations: idsOf(read.batch.organizations),
      locations: idsOf(read.batch.locations),
    };
    const base = { previewId: id, format: read.format, source, neighbourhood };
    const names = namesOf(read.batch);
    const shown = (list: Problem[]) =>
      list.map((p) => ({
        ...p,
        name: names.get(`${p.table}:${p.id}`) ?? null,
        reason: reasonIn(locale, p.reason),
      }));
    const refusedResult = (refused: Problem[], warnings: Problem[] = []): UploadResult => ({
      ...base,
      imported: false,
      counts: { services: zero(), organizations: zero(), locations: zero() },
      records: 0,
      withdrawn: 0,
      refused: shown(refused),
      warnings: shown(warnings),
    });
    try {
      return await db.transaction().execute(async (trx) => {
        const [services, organizations, locations] = await Promise.all([
          existing(trx, 'sm_service', ids.services),
          existing(trx, 'sm_organization', ids.organizations),
          existing(trx, 'sm_location', ids.locations),
        ]);
        // Entries of other neighbourhoods may not be taken over by importing records with their ids.
        const foreign = outsideProblems(await outsideScope(trx, scope, [...services]), 'taken', locale);
        if (foreign.length) throw new RollBack(refusedResult(foreign));

        let report;
        try {
          report = await importHsds({
            db: joinTransaction(trx),
            path: input,
            neighbourhood: neighbourhood.cbsCode,
            source,
            actor,
            basis: 'administration',
          });
        } catch (err) {
          if (err instanceof ImportInputError)
            refuseFiles(
              bilingual(
                `We kunnen de bestanden niet lezen: ${err.message}`,
                `We cannot read the files: ${err.message}`,
              ),
            );
          throw err;
        }
        if (report.refused.length) throw new RollBack(refusedResult(report.refused, report.warnings));
        // New services with a service area of their own must lie in the caller's neighbourhoods.
        const away = outsideProblems(await outsideScope(trx, scope, ids.services), 'area', locale);
        if (away.length) throw new RollBack(refusedResult(away, report.warnings));

        const split = (all: string[], known: Set<string>) => ({
          new: all.filter((x) => !known.has(x)).length,
          updated: all.filter((x) => known.has(x)).length,
        });
        const result: UploadResult = {
          ...base,
          imported: commit,
          counts: {
            services: split(ids.services, services),
            organizations: split(ids.organizations, organizations),
            locations: split(ids.locations, locations),
          },
          records: Object.values(report.counts).reduce((a, b) => a + b, 0),
          withdrawn: report.source?.withdrawn ?? 0,
          refused: [],
          warnings: shown(report.warnings),
        };
        if (!commit) throw new RollBack(result);
        // Who imported what: the engine's row names the actor, this one the upload (hash of its files).
        await writeAudit(trx, {
          action: 'import',
          objectType: 'hsds_upload',
          objectId: id,
          basis: 'administration',
          actingAs,
          actor,
        });
        return result;
      });
    } catch (err) {
      if (err instanceof RollBack) return err.result;
      throw err;
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Runs the import and rolls it back: what would happen, and every refused record. */
export function previewUpload(caller: Caller & { body: UploadBody }) {
  return run(caller, caller.body, null);
}

/** Imports for real (all or nothing, audited), if the files and choices are those of the preview. */
export function confirmUpload(caller: Caller & { body: ConfirmBody }) {
  const { previewId, ...body } = caller.body;
  return run(caller, body, previewId);
}
