// The quality of duplicate finding on the labelled evaluation set, and its speed on 100,000 services:
//   npx tsx bench/dedupe-quality.ts
// Generates three overlapping sources from the 211 directory into a temporary directory
// (bench/dedupe-eval/generate.ts), reads each with the importer's reader, snapshots it, finds the pairs at
// or above the review threshold, and reports precision / recall / F1 against the truth.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { readHsds } from '../src/modules/social-map/import/index.ts';
import { toUuid } from '../src/modules/social-map/import/batch.ts';
import { validateBatch } from '../src/modules/social-map/import/validate.ts';
import { snapshotBatch } from '../src/modules/social-map/dedupe/snapshot.ts';
import {
  DEFAULT_THRESHOLDS,
  findDuplicatePairs,
  type MatchRecord,
  type Thresholds,
} from '../src/modules/social-map/dedupe/match/index.ts';
import { generateEvalSources, type TruthFile } from './dedupe-eval/generate.ts';
import { evaluate, type DecidedPair, type Figures } from './dedupe-eval/quality.ts';
import { syntheticServices, timeMatcher } from './dedupe-match.ts';

const ORIGINAL_SERVICES = 1876;

/** uuid → id in the file, for one table of one source (the ids the CSV file holds). */
function idsInFile(dir: string, table: 'services' | 'organizations', source: string): Map<string, string> {
  const { data } = Papa.parse<{ id?: string }>(fs.readFileSync(path.join(dir, `${table}.csv`), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const m = new Map<string, string>();
  for (const row of data) {
    const id = row.id?.trim();
    if (id) m.set(toUuid(source, table, id), id);
  }
  return m;
}

export function readEvalRecords(dirs: Record<string, string>): MatchRecord[] {
  const records: MatchRecord[] = [];
  for (const [source, dir] of Object.entries(dirs)) {
    const { batch, problems } = readHsds(dir, { source });
    if (problems.length) throw new Error(`${source}: ${problems.length} records read inconsistently`);
    // The importer must take every record of the generated sources.
    const { refused } = validateBatch(batch);
    if (refused.length) throw new Error(`${source}: the importer refuses ${refused.length} records`);
    const snapshots = snapshotBatch(batch, {
      services: idsInFile(dir, 'services', source),
      organizations: idsInFile(dir, 'organizations', source),
    });
    for (const s of snapshots) records.push({ ...s, key: `${source}/${s.kind}/${s.id}`, source });
  }
  return records;
}

export function decide(
  records: MatchRecord[],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): { pairs: DecidedPair[]; seconds: number } {
  const t0 = performance.now();
  const found = findDuplicatePairs(records, { minScore: thresholds.review });
  const seconds = (performance.now() - t0) / 1000;
  return {
    seconds,
    pairs: found.map((p) => ({
      a: p.a,
      b: p.b,
      score: p.score,
      decision: p.score >= thresholds.autoMerge ? 'merged' : 'review',
    })),
  };
}

/** Services left after merging: every service cluster counts once. */
function canonicalServices(records: MatchRecord[], pairs: DecidedPair[]): number {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const p of pairs) {
    if (p.decision !== 'merged' || !p.a.includes('/service/')) continue;
    const ra = find(p.a);
    const rb = find(p.b);
    if (ra !== rb) parent.set(rb, ra);
  }
  return new Set(records.filter((r) => r.kind === 'service').map((r) => find(r.key))).size;
}

const pct = (x: number) => x.toFixed(3);
const line = (label: string, f: Figures) =>
  `${label.padEnd(26)} pairs ${String(f.pairs).padStart(5)}  true ${String(f.truePairs).padStart(5)}  ` +
  `precision ${pct(f.precision)}  recall ${pct(f.recall)}  F1 ${pct(f.f1)}`;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkpunt-dedupe-'));
  try {
    const { dirs, truthFile } = await generateEvalSources(dir);
    const truth = JSON.parse(fs.readFileSync(truthFile, 'utf8')) as TruthFile;
    const records = readEvalRecords(dirs);
    const { pairs, seconds } = decide(records);
    const thresholds = DEFAULT_THRESHOLDS;
    console.log(
      `evaluation set: ${records.length} records (${Object.keys(dirs).join(', ')}), ` +
        `thresholds merge ≥ ${thresholds.autoMerge}, review ≥ ${thresholds.review}, matched in ${seconds.toFixed(2)} s`,
    );
    for (const kind of ['organization', 'service'] as const) {
      const ofKind = records.filter((r) => r.kind === kind);
      const keys = new Set(ofKind.map((r) => r.key));
      const kindTruth = new Map(
        truth.records.filter((r) => r.kind === kind).map((r) => [`${r.source}/${r.kind}/${r.id}`, r.truth]),
      );
      const q = evaluate(
        pairs.filter((p) => keys.has(p.a)),
        kindTruth,
      );
      console.log(`\n${kind}s: ${ofKind.length} records, ${q.truePairs} true pairs`);
      console.log(line('automatic merges (pairs)', q.merged));
      console.log(line('automatic merges (cluster)', q.clustered));
      console.log(line('review band', q.review));
      console.log(`${'missed entirely'.padEnd(26)} ${q.missed} true pairs`);
    }
    const originals = new Set(truth.records.filter((r) => r.kind === 'service').map((r) => r.truth)).size;
    console.log(
      `\ncanonical services after automatic merges: ${canonicalServices(records, pairs)} ` +
        `(originals in the sources: ${originals}; the 211 directory: ${ORIGINAL_SERVICES})`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const synthetic = syntheticServices(100_000);
  const { seconds, cpuSeconds, pairs } = timeMatcher(synthetic);
  console.log(
    `findDuplicatePairs over ${synthetic.length} synthetic services: ${seconds.toFixed(2)} s ` +
      `(CPU ${cpuSeconds.toFixed(2)} s; ${pairs} pairs ≥ review)`,
  );
}

if (import.meta.filename === process.argv[1]) await main();
