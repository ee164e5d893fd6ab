// `wijkpunt import hsds` and `wijkpunt export hsds`: the social map in and out in Open Referral HSDS formats,
// as SYSTEM_ACTOR with basis "system".
import cliProgress from 'cli-progress';
import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR } from '../server/auth/actor.ts';
import type { DB } from '../server/db/schema.ts';
import { ImportInputError, importHsds, type Problem } from '../modules/social-map/import/index.ts';
import { exportHsds, type ExportFormat } from '../modules/social-map/export/export.ts';
import { runDedupe } from '../modules/social-map/dedupe/run.ts';

export interface ImportCommandOptions {
  neighbourhood?: string;
  source?: string;
}

const line = (p: Problem) => `  ${p.table} ${p.id} · ${p.field}: ${p.reason}`;

/** Imports PATH; prints the report. Returns false (and sets the exit code) when nothing was imported. */
export async function importHsdsCommand(
  db: Kysely<DB>,
  path: string,
  opts: ImportCommandOptions,
): Promise<boolean> {
  const tty = Boolean(process.stdout.isTTY);
  const bar = new cliProgress.SingleBar(
    { format: '  importing [{bar}] {value}/{total} records · {table}' },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  console.log(`Reading ${path} …`);
  try {
    const report = await importHsds({
      db,
      path,
      basis: 'system',
      actor: SYSTEM_ACTOR,
      ...(opts.neighbourhood && { neighbourhood: opts.neighbourhood }),
      ...(opts.source && { source: opts.source }),
      onProgress: (done, total, table) => {
        if (!tty) return;
        if (!started) bar.start(total, 0, { table });
        started = true;
        bar.update(done, { table });
      },
    });
    if (started) bar.stop();
    if (report.warnings.length) {
      console.log(`${report.warnings.length} warning(s): these values were left empty:`);
      for (const w of report.warnings.slice(0, 50)) console.log(line(w));
      if (report.warnings.length > 50) console.log(`  … and ${report.warnings.length - 50} more`);
    }
    if (report.refused.length) {
      console.error(
        `Import refused (${report.format}): nothing was written. ${report.refused.length} problem(s):`,
      );
      for (const p of report.refused) console.error(line(p));
      process.exitCode = 1;
      return false;
    }
    const written = Object.entries(report.counts)
      .filter(([, n]) => n > 0)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
    console.log(`Read ${path} as ${report.format}; written: ${written}.`);
    const c = report.counts;
    if (report.source)
      console.log(
        `Source "${report.source.name}": ${report.source.records} records carried, ` +
          `${report.source.withdrawn} withdrawn (no longer in the source). Run "wijkpunt dedupe" to merge duplicates.`,
      );
    console.log(
      `imported: ${c.services} services, ${c.organizations} organizations, ${c.locations} locations`,
    );
    return true;
  } catch (err) {
    if (started) bar.stop();
    if (err instanceof ImportInputError) {
      console.error(`wijkpunt: ${err.message}`);
      process.exitCode = 2;
      return false;
    }
    throw err;
  }
}

export async function exportHsdsCommand(
  db: Kysely<DB>,
  dir: string,
  opts: { format: ExportFormat },
): Promise<void> {
  const { files, counts } = await exportHsds({
    db,
    dir,
    format: opts.format,
    basis: 'system',
    actor: SYSTEM_ACTOR,
  });
  console.log(`Written to ${dir}: ${files.join(', ')}.`);
  console.log(
    `exported: ${counts.services} services, ${counts.organizations} organizations, ${counts.locations} locations`,
  );
}

/** Duplicate finding over all sources; --format json prints {"pairs":[…]} and nothing else. */
export async function dedupeCommand(db: Kysely<DB>, opts: { format: 'text' | 'json' }): Promise<void> {
  const report = await runDedupe({ db, actor: SYSTEM_ACTOR });
  if (opts.format === 'json') {
    process.stdout.write(`${JSON.stringify({ pairs: report.pairs })}\n`);
    return;
  }
  const c = report.counts;
  for (const p of report.pairs.slice(0, 50))
    console.log(
      `  ${p.decision.padEnd(6)} ${p.score.toFixed(3)} ${p.kind.padEnd(12)} ` +
        `${p.a.source}/${p.a.id} = ${p.b.source}/${p.b.id}`,
    );
  if (report.pairs.length > 50) console.log(`  … and ${report.pairs.length - 50} more pairs`);
  console.log(
    `dedupe: ${c.records} records compared in ${report.seconds.toFixed(1)} s; ${c.merged} pairs merged ` +
      `(${c.newMerged} new), ${c.review} waiting for review (${c.newReview} new)`,
  );
}
