// The wijkpunt command, run as a user would: separate processes on the same database as the server.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/database.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/wijkpunt.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkpunt-cli-'));
let server: TestDatabase | null = null;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  const base: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' };
  if (process.env.DATABASE_URL) {
    server = await createTestDatabase({ migrate: false });
    env = { ...base, DATABASE_URL: server.url! };
  } else {
    const { DATABASE_URL: _ignored, ...rest } = base;
    env = { ...rest, WIJKPUNT_DATA_DIR: path.join(dir, 'data') };
  }
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function wijkpunt(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [BIN, ...args], { env, timeout: 60_000 });
    return { code: 0, ...r };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('wijkpunt CLI', () => {
  it('prints help for every command', async () => {
    const top = await wijkpunt('--help');
    for (const cmd of ['serve', 'migrate', 'seed', 'user', 'token', 'backup', 'restore', 'audit'])
      expect(top.stdout).toContain(cmd);
    expect((await wijkpunt('serve', '--help')).stdout).toMatch(
      /--port.*\n.*--data-dir|--data-dir[\s\S]*--seed/,
    );
  });

  // Eight CLI processes in a row: generous time for a busy machine.
  it(
    'migrates, seeds the demo idempotently, creates users and tokens, verifies the audit log',
    { timeout: 240_000 },
    async () => {
      const m = await wijkpunt('migrate');
      expect(m.code).toBe(0);
      expect(m.stdout).toContain('0001_foundation');
      expect((await wijkpunt('migrate')).stdout).toContain('up to date');

      const seed1 = await wijkpunt('seed', 'demo');
      expect(seed1.code, seed1.stderr).toBe(0);
      expect(seed1.stdout).toMatch(
        /Demo data loaded \(\d+ new records; social map: \d+ services, \d+ sessions\)/,
      );
      const seed2 = await wijkpunt('seed', 'demo');
      expect(seed2.stdout).toContain('nothing added');

      const token = await wijkpunt('token', 'create', '--email', 'huisarts@demo.wijkpunt.nl');
      expect(token.code).toBe(0);
      expect(token.stdout.trim().split('\n').at(-1)).toMatch(/^wpt_[\w-]{40,}$/);
      expect((await wijkpunt('token', 'create', '--email', 'nobody@x.nl')).code).toBe(2);

      const user = await wijkpunt(
        'user',
        'create',
        '--email',
        'nieuw@test.nl',
        '--name',
        'Nieuwe Collega',
        '--password',
        'een goed wachtwoord',
        '--role',
        'professional',
        '--discipline',
        'physio',
        '--organisation',
        'Fysiotherapie Kerkrade-Oost',
      );
      expect(user.code, user.stderr).toBe(0);
      const bad = await wijkpunt(
        'user',
        'create',
        '--email',
        'nieuw2@test.nl',
        '--name',
        'X',
        '--role',
        'coach',
      );
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--role');

      const verify = await wijkpunt('audit', 'verify');
      expect(verify.code).toBe(0);
      expect(verify.stdout).toMatch(/Audit log intact: \d+ rows/);
    },
  );

  it('backs up and restores', async () => {
    const file = path.join(dir, 'b.wpbak');
    const b = await wijkpunt('backup', file);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toMatch(/Backup written/);
    const refused = await wijkpunt('restore', file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    const r = await wijkpunt('restore', file, '--force');
    expect(r.code, r.stderr).toBe(0);
  });

  it('audit verify exits non-zero and names the row after someone changed one', async () => {
    const database = await openDatabase(
      env.DATABASE_URL
        ? { kind: 'postgresql', url: env.DATABASE_URL }
        : { kind: 'pglite', dataDir: env.WIJKPUNT_DATA_DIR! },
    );
    try {
      await database.db.connection().execute(async (c) => {
        await sql`ALTER TABLE audit_log DISABLE TRIGGER USER`.execute(c);
        await sql`UPDATE audit_log SET object_type = 'changed' WHERE seq = 3`.execute(c);
        await sql`ALTER TABLE audit_log ENABLE TRIGGER USER`.execute(c);
      });
    } finally {
      await database.close();
    }
    const r = await wijkpunt('audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('BROKEN at row 3');
  });

  it.skipIf(!!process.env.DATABASE_URL)(
    'refuses to open a data directory that another process holds',
    async () => {
      const held = await openDatabase(
        { kind: 'pglite', dataDir: env.WIJKPUNT_DATA_DIR! },
        { purpose: 'wijkpunt serve', port: 4321 },
      );
      try {
        const r = await wijkpunt('migrate');
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('is in use by another Wijkpunt process');
        expect(r.stderr).toContain('port 4321');
      } finally {
        await held.close();
      }
    },
  );
});
