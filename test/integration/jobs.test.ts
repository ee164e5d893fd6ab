// Scheduled work runs once per slot however many servers are running, and the clean-up job does its job.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScheduler, type JobDefinition } from '../../src/server/jobs.ts';
import { foundationJobs } from '../../src/server/runtime.ts';
import { loadConfig } from '../../src/server/config.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';
import { makePerson } from '../support/app.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());
const log = { error: () => undefined, info: () => undefined };

describe('scheduler', () => {
  it('runs a slot exactly once across several schedulers', async () => {
    let runs = 0;
    const job: JobDefinition = {
      name: 'count',
      schedule: '0 0 1 1 *',
      run: async () => {
        runs++;
      },
    };
    const servers = [1, 2, 3].map(() => startScheduler(t.db, [job], log, { autoStart: false }));
    const slot = new Date('2026-11-23T10:00:00Z');
    const ran = await Promise.all(
      servers.flatMap((s) => [s.runSlot('count', slot), s.runSlot('count', slot)]),
    );
    expect(ran.filter(Boolean)).toHaveLength(1);
    expect(runs).toBe(1);
    const next = await servers[1]!.runSlot('count', new Date('2026-11-23T11:00:00Z'));
    expect(next).toBe(true);
    expect(runs).toBe(2);
    const row = await t.db
      .selectFrom('job_run')
      .selectAll()
      .where('slot', '=', slot)
      .executeTakeFirstOrThrow();
    expect(row.outcome).toBe('ok');
    expect(row.finished_at).not.toBeNull();
  });

  it('records a failing job without stopping the others', async () => {
    const s = startScheduler(
      t.db,
      [{ name: 'boom', schedule: '0 0 1 1 *', run: () => Promise.reject(new Error('kapot')) }],
      log,
      { autoStart: false },
    );
    expect(await s.runSlot('boom', new Date('2026-11-23T10:00:00Z'))).toBe(true);
    const row = await t.db
      .selectFrom('job_run')
      .select('outcome')
      .where('job', '=', 'boom')
      .executeTakeFirstOrThrow();
    expect(row.outcome).toBe('error: kapot');
  });

  it('clean-up removes expired sessions and keeps live ones', async () => {
    const p = await makePerson(t.db);
    await t.db
      .insertInto('session')
      .values([
        { token_hash: 'old', person_id: p.id, csrf_token: 'x', expires_at: new Date(Date.now() - 1000) },
        { token_hash: 'live', person_id: p.id, csrf_token: 'y', expires_at: new Date(Date.now() + 3600_000) },
      ])
      .execute();
    const s = startScheduler(t.db, foundationJobs(loadConfig({ NODE_ENV: 'test' })), log, {
      autoStart: false,
    });
    expect(await s.runSlot('clean-up', new Date())).toBe(true);
    const left = await t.db
      .selectFrom('session')
      .select('token_hash')
      .where('person_id', '=', p.id)
      .execute();
    expect(left.map((r) => r.token_hash)).toEqual(['live']);
    const count = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM job_run WHERE job = 'clean-up'`.execute(t.db);
    expect(count.rows[0]!.n).toBe(1);
  });
});
