// HSDS import: find the format of PATH, read it into one batch, map ids, and hand it to the writer.
// Formats: a directory with datapackage.json (HSDS 3.0 tabular package) or the path of that file; a
// directory in the HSDS 1.x / Ohana layout (organizations.csv + services.csv); a directory with our own JSON
// export (services.json, organizations.json, …); a .json file; an .ndjson / .jsonl file.
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Actor } from '../../../server/auth/actor.ts';
import type { AuditBasis, DB } from '../../../server/db/schema.ts';
import { listNeighbourhoods } from '../../tenancy/service.ts';
import { TABLE_KEYS, TABLES, emptyBatch, mapIds, type Batch, type Row, type TableKey } from './batch.ts';
import { recordSourceImport, type SourceImportReport } from '../sources/records.ts';
import { JsonCollector, parseJsonObjects, type JsonKind } from './read-json.ts';
import { isOhanaDirectory, readCsvFile, readOhanaDirectory } from './read-ohana.ts';
import type { Problem } from './validate.ts';
import { writeBatch, type ImportReport } from './writer.ts';

export type { ImportReport } from './writer.ts';
export type { Problem } from './validate.ts';

export type HsdsFormat = 'json' | 'ndjson' | 'json-directory' | 'tabular' | 'hsds1-csv';

/** Input we cannot read at all (no such path, unknown format, broken JSON). */
export class ImportInputError extends Error {}

export function detectFormat(p: string): HsdsFormat {
  if (!fs.existsSync(p)) throw new ImportInputError(`${p} does not exist`);
  if (fs.statSync(p).isDirectory()) {
    if (fs.existsSync(path.join(p, 'datapackage.json'))) return 'tabular';
    if (isOhanaDirectory(p)) return 'hsds1-csv';
    if (JSON_FILES.some(([f]) => fs.existsSync(path.join(p, f)))) return 'json-directory';
    throw new ImportInputError(
      `${p} holds neither datapackage.json, organizations.csv + services.csv, nor services.json / organizations.json`,
    );
  }
  const name = path.basename(p).toLowerCase();
  if (name === 'datapackage.json') return 'tabular';
  if (name.endsWith('.ndjson') || name.endsWith('.jsonl')) return 'ndjson';
  if (name.endsWith('.json')) return 'json';
  throw new ImportInputError(`${p}: unknown format (expected .json, .ndjson, .jsonl or a directory)`);
}

// Our JSON export's files, and what each holds.
const JSON_FILES: [string, JsonKind][] = [
  ['taxonomies.json', 'taxonomy'],
  ['taxonomy_terms.json', 'taxonomy_term'],
  ['organizations.json', 'organization'],
  ['services.json', 'service'],
];

function readJsonFiles(
  files: [string, JsonKind | undefined][],
  source: string,
): { batch: Batch; problems: Problem[] } {
  const c = new JsonCollector(source);
  for (const [file, kind] of files) {
    let objects;
    try {
      objects = parseJsonObjects(fs.readFileSync(file, 'utf8'), /\.(ndjson|jsonl)$/i.test(file));
    } catch (err) {
      throw new ImportInputError(`${file}: ${(err as Error).message}`, { cause: err });
    }
    for (const o of objects) {
      const keys = Object.keys(o);
      if (keys.length && keys.every((k) => k.endsWith('.csv'))) {
        // The tabular form as JSON (the HSDS example's tabular.json): file name → rows.
        for (const k of keys) {
          const table = tableOfFile(k.replace(/\.csv$/, ''));
          if (table && Array.isArray(o[k])) c.batch[table].push(...(o[k] as Record<string, unknown>[]));
        }
      } else c.any(o, kind);
    }
  }
  return { batch: c.batch, problems: c.conflicts };
}

/** The table a CSV file of a tabular package holds ('service_at_location.csv' → service_at_locations). */
function tableOfFile(stem: string): TableKey | undefined {
  return TABLE_KEYS.find((k) => k === stem || TABLES[k].entity === stem || `${TABLES[k].entity}s` === stem);
}

function readTabular(p: string): Batch {
  const dir = fs.statSync(p).isDirectory() ? p : path.dirname(p);
  let files: string[] = [];
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as {
      resources?: { path?: string | string[]; name?: string }[];
    };
    files = (pkg.resources ?? []).flatMap((r) => (Array.isArray(r.path) ? r.path : r.path ? [r.path] : []));
  } catch {
    // A datapackage.json that is not JSON (the official example's is a git symlink placeholder): read the
    // CSV files that are there.
  }
  if (!files.length) files = fs.readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv'));
  const batch = emptyBatch();
  for (const f of files) {
    const table = tableOfFile(path.basename(f).replace(/\.csv$/i, ''));
    if (!table) continue; // meta_table_descriptions.csv and anything not HSDS
    batch[table].push(...readCsvFile(path.resolve(dir, f)));
  }
  return batch;
}

export interface ReadResult {
  format: HsdsFormat;
  batch: Batch;
  /** Records that cannot be read consistently (one id with two different values). */
  problems: Problem[];
  /** Per table, uuid → the record's id in the file (ids that were uuids already are absent). */
  sourceIds: { services: Map<string, string>; organizations: Map<string, string> };
}

/** The ids in the file of the services and organizations, before mapIds replaces them. */
function idsInFile(batch: Batch): { services: unknown[]; organizations: unknown[] } {
  return { services: batch.services.map((r) => r.id), organizations: batch.organizations.map((r) => r.id) };
}

function sourceIdMaps(batch: Batch, before: ReturnType<typeof idsInFile>): ReadResult['sourceIds'] {
  const map = (rows: Row[], ids: unknown[]) => {
    const m = new Map<string, string>();
    rows.forEach((r, i) => {
      const id = ids[i];
      const original = typeof id === 'string' || typeof id === 'number' ? String(id).trim() : '';
      if (original && original !== r.id) m.set(String(r.id), original);
    });
    return m;
  };
  return {
    services: map(batch.services, before.services),
    organizations: map(batch.organizations, before.organizations),
  };
}

/** Reads PATH into a batch with uuids (non-uuid ids become deterministic uuids within `source`). */
export function readHsds(p: string, opts: { source?: string } = {}): ReadResult {
  const format = detectFormat(p);
  const source = opts.source ?? path.basename(path.resolve(p));
  let batch: Batch;
  let problems: Problem[] = [];
  switch (format) {
    case 'tabular':
      batch = readTabular(p);
      break;
    case 'hsds1-csv':
      batch = readOhanaDirectory(p);
      break;
    case 'json-directory':
      ({ batch, problems } = readJsonFiles(
        JSON_FILES.filter(([f]) => fs.existsSync(path.join(p, f))).map(([f, k]) => [path.join(p, f), k]),
        source,
      ));
      break;
    case 'json':
    case 'ndjson':
      ({ batch, problems } = readJsonFiles([[p, undefined]], source));
      break;
  }
  const before = idsInFile(batch);
  mapIds(batch, source);
  return { format, batch, problems, sourceIds: sourceIdMaps(batch, before) };
}

export interface ImportHsdsOptions {
  db: Kysely<DB>;
  path: string;
  /** CBS wijk code of an existing neighbourhood: services without a service area get it. */
  neighbourhood?: string;
  /** Namespace of the deterministic ids (default: the file or directory name). */
  source?: string;
  actor?: Actor | null;
  basis: AuditBasis;
  onProgress?: (done: number, total: number, table: TableKey) => void;
}

export async function importHsds(
  opts: ImportHsdsOptions,
): Promise<ImportReport & { format: HsdsFormat; source: (SourceImportReport & { name: string }) | null }> {
  let serviceArea: { cbs_code: string; name: string } | null = null;
  let regionId: string | null = null;
  if (opts.neighbourhood) {
    const code = opts.neighbourhood.trim().toUpperCase();
    const n = (await listNeighbourhoods({ db: opts.db })).find((x) => x.cbsCode === code);
    if (!n)
      throw new ImportInputError(
        `neighbourhood ${code} does not exist (see the neighbourhoods of the region)`,
      );
    serviceArea = { cbs_code: code, name: n.name };
    regionId = n.regionId;
  }
  const source = opts.source ?? path.basename(path.resolve(opts.path));
  const { format, batch, problems, sourceIds } = readHsds(opts.path, { source });
  let recorded: SourceImportReport | null = null;
  const report = await writeBatch({
    db: opts.db,
    batch,
    basis: opts.basis,
    serviceArea,
    problems,
    ...(opts.actor !== undefined && { actor: opts.actor }),
    ...(opts.onProgress && { onProgress: opts.onProgress }),
    // Every import is the import of a source: its records are remembered, and those it left out withdrawn.
    afterWrite: async (trx, written) => {
      recorded = await recordSourceImport(trx, { source, regionId, format, batch: written, sourceIds });
    },
  });
  return { ...report, format, source: recorded && { ...(recorded as SourceImportReport), name: source } };
}
