// The wijkpunt command: serve, migrate, seed, users, tokens, backup/restore and audit verification.
// Every command reads the same WIJKPUNT_DATA_DIR / DATABASE_URL as the server.
import { Command, Option } from 'commander';
import { loadConfig, ConfigError, type Config } from '../server/config.ts';
import { openDatabase, type Database } from '../server/db/database.ts';
import { DataDirBusyError } from '../server/db/lock.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { DemoRefusedError, seedDemo } from '../modules/demo/seed.ts';
import { RestoreError } from '../server/db/backup.ts';
import { backupCommand, restoreCommand, verifyCommand } from './maintenance.ts';
import { createTokenCommand, createUserCommand, UserInputError } from './accounts.ts';

type GlobalOpts = { dataDir?: string };

const program = new Command()
  .name('wijkpunt')
  .description('Wijkpunt: one coordination point for the health and wellbeing of a neighbourhood.')
  .option(
    '--data-dir <dir>',
    'data directory of the embedded database (default: WIJKPUNT_DATA_DIR or ./data)',
  )
  .showHelpAfterError();

function config(port?: number): Config {
  const { dataDir } = program.opts<GlobalOpts>();
  return loadConfig(process.env, { ...(port !== undefined && { port }), ...(dataDir && { dataDir }) });
}

function describe(c: Config): string {
  return c.database.kind === 'pglite'
    ? `embedded database in ${c.database.dataDir}`
    : 'PostgreSQL server (DATABASE_URL)';
}

/** Opens the database, migrates it, runs the work and always closes it again. */
async function withDatabase<T>(purpose: string, fn: (db: Database, c: Config) => Promise<T>): Promise<T> {
  const c = config();
  const database = await openDatabase(c.database, { purpose: `wijkpunt ${purpose}` });
  try {
    await migrateToLatest(database.db as never);
    return await fn(database, c);
  } finally {
    await database.close();
  }
}

program
  .command('serve')
  .description('Run the web app and API')
  .addOption(
    new Option('--port <n>', 'port to listen on (default: PORT or 3000)').argParser((v) => parseInt(v, 10)),
  )
  .option('--data-dir <dir>', 'data directory of the embedded database')
  .addOption(new Option('--seed <what>', 'load demo data first (idempotent)').choices(['demo']))
  .action(async (opts: { port?: number; seed?: 'demo' }) => {
    const c = config(opts.port);
    console.log(`Wijkpunt ${c.version}: starting on the ${describe(c)}…`);
    // Loaded here: the web server's modules are not needed by the other commands.
    const { startServer } = await import('../server/runtime.ts');
    const server = await startServer(c, opts.seed ? { seed: opts.seed } : {});
    console.log(
      `Wijkpunt is ready: http://localhost:${c.port} (API docs: http://localhost:${c.port}/api/docs)`,
    );
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: stopping Wijkpunt…`);
      server.close().then(
        () => process.exit(0),
        (err: unknown) => {
          console.error(err);
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });

program
  .command('migrate')
  .description('Bring the database schema up to date')
  .option('--data-dir <dir>', 'data directory of the embedded database')
  .action(async () => {
    const c = config();
    const database = await openDatabase(c.database, { purpose: 'wijkpunt migrate' });
    try {
      const results = await migrateToLatest(database.db as never);
      for (const r of results) console.log(`  ${r.status === 'Success' ? '✓' : '✗'} ${r.migrationName}`);
      console.log(
        results.length
          ? `Applied ${results.length} migration(s) to the ${describe(c)}.`
          : 'The database is up to date.',
      );
    } finally {
      await database.close();
    }
  });

program
  .command('seed')
  .description('Load example data')
  .argument('<what>', 'what to load: demo')
  .option('--data-dir <dir>', 'data directory of the embedded database')
  .action(async (what: string) => {
    if (what !== 'demo') throw new UserInputError(`Unknown seed "${what}"; the only one is "demo".`);
    await withDatabase('seed', async ({ db }, c) => {
      const { created, socialMap } = await seedDemo(db, {
        env: c.env,
        onProgress: (s) => console.log(`  … ${s}`),
      });
      console.log(
        created || socialMap.services || socialMap.sessions
          ? `Demo data loaded (${created} new records; social map: ${socialMap.services} services, ${socialMap.sessions} sessions).`
          : 'Demo data was already there; nothing added.',
      );
    });
  });

const user = program.command('user').description('Manage accounts');
user
  .command('create')
  .description('Create an account, optionally with a role')
  .requiredOption('--email <email>', 'e-mail address (login name)')
  .requiredOption('--name <name>', 'full name')
  .option('--password <password>', 'password (at least 10 characters); without it a reset e-mail is queued')
  .option('--role <role>', 'resident, professional, provider_editor, coordinator, funder or administrator')
  .option('--discipline <discipline>', 'for professionals: gp, practice_nurse, district_nurse, …')
  .option('--organisation <name>', 'organisation name (for professional, provider_editor, funder)')
  .option('--neighbourhood <code>', 'CBS wijk code (for coordinator or resident)')
  .option('--data-dir <dir>', 'data directory of the embedded database')
  .action(async (opts: Parameters<typeof createUserCommand>[1]) => {
    await withDatabase('user create', async ({ db }, c) =>
      console.log(await createUserCommand({ db, config: c }, opts)),
    );
  });

program
  .command('token')
  .description('Personal API tokens')
  .command('create')
  .description('Create a personal API token for an account; the token is printed on the last line')
  .requiredOption('--email <email>', 'the account')
  .option('--name <name>', 'what the token is for', 'CLI')
  .option('--data-dir <dir>', 'data directory of the embedded database')
  .action(async (opts: { email: string; name: string }) => {
    await withDatabase('token create', async ({ db }) => {
      const token = await createTokenCommand(db, opts);
      console.log(`Token created for ${opts.email}. It is shown only once:`);
      console.log(token);
    });
  });

program
  .command('backup')
  .description('Write a complete backup of the database to FILE')
  .argument('<file>', 'backup file to write (gzip JSON lines)')
  .option('--data-dir <dir>', 'data directory of the embedded database')
  .action(async (file: string) => withDatabase('backup', ({ db }) => backupCommand(db, file)));

program
  .command('restore')
  .description('Replace all data in the database with the backup in FILE')
  .argument('<file>', 'backup file made by "wijkpunt backup"')
  .option('--force', 'replace a database that already holds data')
  .option('--data-dir <dir>', 'data directory of the embedded database')
  .action(async (file: string, opts: { force?: boolean }) =>
    withDatabase('restore', ({ db }) => restoreCommand(db, file, opts)),
  );

program
  .command('audit')
  .description('The audit log')
  .command('verify')
  .description('Check the hash chain of the audit log; exits non-zero and names the first broken row')
  .option('--data-dir <dir>', 'data directory of the embedded database')
  .action(async () => {
    const ok = await withDatabase('audit verify', ({ db }) => verifyCommand(db));
    if (!ok) process.exitCode = 1;
  });

// Social map in and out (HSDS). The import and export modules are loaded inside the actions.
program
  .command('import')
  .description('Import data')
  .command('hsds')
  .description(
    'Import an Open Referral HSDS social map: HSDS 3.0 JSON (.json, .ndjson), a tabular data package ' +
      '(directory with datapackage.json) or the HSDS 1.x / Ohana CSV layout. All or nothing; ' +
      'prints "imported: <n> services, <n> organizations, <n> locations" last',
  )
  .argument('<path>', 'file or directory to import')
  .option('--neighbourhood <code>', 'CBS wijk code: services without a service area get this neighbourhood')
  .option(
    '--source <name>',
    'the source (external map) this is; records it no longer carries are withdrawn (default: the file or directory name)',
  )
  .option('--data-dir <dir>', 'data directory of the embedded database')
  .action(async (path: string, opts: { neighbourhood?: string; source?: string }) => {
    const { importHsdsCommand } = await import('./social-map.ts');
    await withDatabase('import hsds', ({ db }) => importHsdsCommand(db, path, opts));
  });

program
  .command('dedupe')
  .description(
    "Find duplicate services and organizations over all sources: merges pairs above the region's threshold, " +
      'queues doubtful ones for review; --format json prints {"pairs":[…]}',
  )
  .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
  .option('--data-dir <dir>', 'data directory of the embedded database')
  .action(async (opts: { format: 'text' | 'json' }) => {
    const { dedupeCommand } = await import('./social-map.ts');
    await withDatabase('dedupe', ({ db }) => dedupeCommand(db, opts));
  });

program
  .command('export')
  .description('Export data')
  .command('hsds')
  .description('Export the whole social map as HSDS 3.0 JSON files or an HSDS tabular data package (CSV)')
  .argument('<dir>', 'directory to write to (created if needed)')
  .addOption(new Option('--format <format>', 'json or csv').choices(['json', 'csv']).default('json'))
  .option('--data-dir <dir>', 'data directory of the embedded database')
  .action(async (dir: string, opts: { format: 'json' | 'csv' }) => {
    const { exportHsdsCommand } = await import('./social-map.ts');
    await withDatabase('export hsds', ({ db }) => exportHsdsCommand(db, dir, opts));
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (
    err instanceof DataDirBusyError ||
    err instanceof ConfigError ||
    err instanceof DemoRefusedError ||
    err instanceof UserInputError ||
    err instanceof RestoreError
  ) {
    console.error(`wijkpunt: ${err.message}`);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
}
