// The personal health record: (1) the import time of the largest Synthea bundle (target < 2 s), a first
// import into a new resident and a re-import of the same bundle, median of BENCH_RECORD_IMPORTS residents;
// (2) the time to open a record with five years of data (a generated record of ~3,600 resources: weekly
// weight, blood pressure twice a week, glucose three times a week, daily steps, quarterly HbA1c, medication,
// problems, contacts, letters), through HTTP in process (app.inject, so routing, validation, the consent
// check, the audit row and serialisation are all in it): the overview and the measurements, as the resident
// and as a professional with consent. On PGlite and on PostgreSQL (DATABASE_URL or a throw-away server).
// Run: npx tsx bench/record.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { createApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import type { Actor } from '../src/server/auth/actor.ts';
import { createApiToken } from '../src/server/auth/sessions.ts';
import { openDatabase, type Database, type DatabaseKind } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import type { DB } from '../src/server/db/schema.ts';
import { importBundle } from '../src/modules/record/service.ts';
import type { BundleBody } from '../src/modules/record/schema.ts';
import { freshDatabase, postgresServer } from './postgres.ts';

const SYNTHEA = path.resolve(import.meta.dirname, '../../shared/data/synthea-r4-smart-sample/bundles');
const IMPORTS = Number(process.env.BENCH_RECORD_IMPORTS ?? 5);
const OPENS = Number(process.env.BENCH_RECORD_OPENS ?? 20);

const load = () => `load ${os.loadavg()[0]!.toFixed(2)}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
};
const ms = (n: number) => `${n.toFixed(0)} ms`;

const largest = fs
  .readdirSync(SYNTHEA)
  .filter((f) => f.endsWith('.json'))
  .map((f) => path.join(SYNTHEA, f))
  .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0]!;

async function person(
  db: Kysely<DB>,
  role: 'resident' | 'professional',
  n: number,
  ids: { org: string; wk: string },
) {
  const p = await db
    .insertInto('person')
    .values({ email: `bench-${role}-${n}-${Date.now()}@bench.wijkpunt.nl`, name: `Bench ${role} ${n}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('membership')
    .values({
      person_id: p.id,
      role,
      discipline: role === 'professional' ? 'practice_nurse' : null,
      organisation_id: role === 'professional' ? ids.org : null,
      neighbourhood_id: role === 'resident' ? ids.wk : null,
    })
    .execute();
  return p.id;
}

const actorFor = (personId: string): Actor => ({
  kind: 'person',
  personId,
  name: 'Bench',
  email: '',
  locale: 'nl',
  memberships: [
    {
      id: personId,
      role: 'resident',
      discipline: null,
      organisationId: null,
      organisationName: null,
      neighbourhoodId: null,
      neighbourhoodName: null,
    },
  ],
  via: 'token',
  sessionId: null,
  csrfToken: null,
});

/** Five years of a resident with diabetes and high blood pressure who measures at home. */
function fiveYears(): BundleBody {
  const entry: { fullUrl?: string; resource: Record<string, unknown> }[] = [
    {
      fullUrl: 'urn:uuid:patient',
      resource: { resourceType: 'Patient', id: 'patient', name: [{ text: 'Vijf Jaar' }] },
    },
  ];
  const subject = { reference: 'urn:uuid:patient' };
  const start = Date.UTC(2021, 11, 1);
  const day = (d: number) => new Date(start + d * 86_400_000).toISOString();
  const obs = (id: string, d: number, code: string, display: string, extra: Record<string, unknown>) =>
    entry.push({
      resource: {
        resourceType: 'Observation',
        id,
        status: 'final',
        category: [
          {
            coding: [
              { system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' },
            ],
          },
        ],
        code: { coding: [{ system: 'http://loinc.org', code, display }] },
        subject,
        effectiveDateTime: day(d),
        ...extra,
      },
    });
  const q = (value: number, unit: string) => ({
    valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
  });
  for (let d = 0; d < 5 * 365; d++) {
    obs(`steps-${d}`, d, '55423-8', 'Number of steps', q(4000 + ((d * 37) % 6000), '/d'));
    if (d % 7 === 0) obs(`weight-${d}`, d, '29463-7', 'Body weight', q(92 - d / 400, 'kg'));
    if (d % 7 === 1 || d % 7 === 4) {
      obs(`bp-${d}`, d, '85354-9', 'Blood pressure panel', {
        component: [
          {
            code: { coding: [{ system: 'http://loinc.org', code: '8480-6', display: 'Systolic' }] },
            ...q(150 - d / 100, 'mm[Hg]'),
          },
          {
            code: { coding: [{ system: 'http://loinc.org', code: '8462-4', display: 'Diastolic' }] },
            ...q(90 - d / 300, 'mm[Hg]'),
          },
        ],
      });
    }
    if (d % 7 === 0 || d % 7 === 2 || d % 7 === 5)
      obs(`glucose-${d}`, d, '2339-0', 'Glucose', q(6 + (d % 5) / 2, 'mmol/L'));
    if (d % 91 === 0) obs(`hba1c-${d}`, d, '4548-4', 'HbA1c', q(58 - d / 100, 'mmol/mol'));
    if (d % 30 === 0) {
      entry.push({
        resource: {
          resourceType: 'Encounter',
          id: `enc-${d}`,
          status: 'finished',
          class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
          subject,
          period: { start: day(d), end: day(d) },
        },
      });
    }
    if (d % 45 === 0) {
      entry.push({
        resource: {
          resourceType: 'MedicationRequest',
          id: `mr-${d}`,
          status: d > 4 * 365 ? 'active' : 'completed',
          intent: 'order',
          medicationCodeableConcept: { text: d % 90 === 0 ? 'Metformine 500 mg' : 'Lisinopril 10 mg' },
          subject,
          authoredOn: day(d),
        },
      });
    }
    if (d % 90 === 0) {
      entry.push({
        resource: {
          resourceType: 'DocumentReference',
          id: `doc-${d}`,
          status: 'current',
          content: [{ attachment: { contentType: 'text/plain', title: `Brief ${d}` } }],
          subject,
          date: day(d),
        },
      });
    }
  }
  for (let i = 0; i < 15; i++) {
    entry.push({
      resource: {
        resourceType: 'Condition',
        id: `c-${i}`,
        code: { text: `Probleem ${i}` },
        subject,
        onsetDateTime: day(i * 100),
      },
    });
  }
  return { resourceType: 'Bundle', type: 'collection', entry };
}

async function target(
  kind: DatabaseKind,
  open: () => Promise<{ database: Database; drop: () => Promise<void> }>,
) {
  const { database, drop } = await open();
  const db = database.db;
  try {
    await migrateToLatest(db as never);
    const region = await db
      .insertInto('region')
      .values({ name: 'Bench' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const wk = await db
      .insertInto('neighbourhood')
      .values({
        region_id: region.id,
        cbs_code: 'WK099901',
        name: 'Bench',
        municipality_code: 'GM0999',
        population: 15000,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const org = await db
      .insertInto('organisation')
      .values({ region_id: region.id, name: 'Bench praktijk', type: 'gp_practice' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ids = { org: org.id, wk: wk.id };

    const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), webDir: null, runJobs: false };
    const app = await createApp({ config, db, databaseKind: kind });
    await app.ready();
    const tokenOf = async (personId: string) => ({
      authorization: `Bearer ${(await createApiToken(db, personId, 'bench')).token}`,
    });

    // (1) the largest Synthea bundle, as the resident sends it: POST /api/v1/me/record/import
    const body = fs.readFileSync(largest, 'utf8');
    const first: number[] = [];
    const again: number[] = [];
    for (let i = 0; i < IMPORTS; i++) {
      const headers = {
        ...(await tokenOf(await person(db, 'resident', i, ids))),
        'content-type': 'application/json',
      };
      for (const into of [first, again]) {
        const t0 = performance.now();
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/me/record/import',
          headers,
          payload: body,
        });
        into.push(performance.now() - t0);
        if (res.statusCode !== 200 || res.json<{ rejected: unknown[] }>().rejected.length)
          throw new Error(res.body);
      }
    }
    const size = (body.length / 1e6).toFixed(1);
    console.log(
      `${kind.padEnd(10)} largest Synthea bundle (${path.basename(largest).split('_').slice(0, 2).join(' ')}, ${size} MB, ` +
        `${(JSON.parse(body) as BundleBody).entry?.length} entries) over HTTP: first import median ${ms(median(first))} ` +
        `(max ${ms(Math.max(...first))}), re-import median ${ms(median(again))}; target < 2 s; ${load()}`,
    );

    // (2) five years of data, opened through HTTP in process
    const residentId = await person(db, 'resident', 99, ids);
    const five = fiveYears();
    const t0 = performance.now();
    await importBundle({ db, actor: actorFor(residentId), residentId, bundle: five, locale: 'nl' });
    const importMs = performance.now() - t0;
    const nurseId = await person(db, 'professional', 99, ids);
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    try {
      const resident = await tokenOf(residentId);
      const nurse = await tokenOf(nurseId);
      const grant = await app.inject({
        method: 'POST',
        url: '/api/v1/me/consents',
        headers: resident,
        payload: {
          grantee: { userId: nurseId },
          purpose: 'treatment',
          categories: ['measurements', 'medication'],
          validUntil: until,
        },
      });
      if (grant.statusCode !== 201) throw new Error(grant.body);
      const time = async (url: string, headers: Record<string, string>) => {
        const xs: number[] = [];
        let bytes = 0;
        for (let i = 0; i < OPENS + 2; i++) {
          const s = performance.now();
          const res = await app.inject({ url, headers });
          if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
          if (i >= 2) xs.push(performance.now() - s);
          bytes = res.body.length;
        }
        return `median ${ms(median(xs))}, p95 ${ms(p95(xs))} (${Math.round(bytes / 1000)} kB)`;
      };
      console.log(
        `${kind.padEnd(10)} five years of data: ${five.entry!.length} resources imported in ${ms(importMs)}; opening ` +
          `(${OPENS} runs each):`,
      );
      console.log(
        `${''.padEnd(10)}   resident, overview          ${await time('/api/v1/me/record', resident)}`,
      );
      console.log(
        `${''.padEnd(10)}   resident, measurements      ${await time('/api/v1/me/record/measurements', resident)}`,
      );
      console.log(
        `${''.padEnd(10)}   nurse with consent, overview ${await time(`/api/v1/residents/${residentId}/record?purpose=treatment`, nurse)}`,
      );
      console.log(
        `${''.padEnd(10)}   nurse, measurements         ${await time(`/api/v1/residents/${residentId}/record/measurements?purpose=treatment`, nurse)}; ${load()}`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    await drop();
  }
}

await target('pglite', async () => ({
  database: await openDatabase({ kind: 'pglite', dataDir: null }),
  drop: async () => {},
}));
const server = await postgresServer((line) => console.log(line));
if (server) {
  try {
    await target('postgresql', () => freshDatabase(server.url));
  } finally {
    await server.stop();
  }
}
