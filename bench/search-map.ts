// The bench's social map of 100,000 services: the real 211 directory imported once, then replicated in SQL
// with varied Dutch names, moved onto real Dutch PC4 centroids, and given what the 211 data lacks (Dutch
// taxonomy terms, financing routes, cost options, weekly schedules, sessions, languages, accessibility,
// service areas, ages, WoR/BoR), so each search filter selects a realistic fraction.
// Need terms (behoefte.*, added for bench/health-check.ts): half the services also carry the need their kind
// of offer serves, so the health check's matching (needs.ts DEFAULT_NEED_TERMS: behoefte.* and domein.*
// codes) finds its offers through both kinds of code, as on a tagged real map. The kinds, names and other
// traits are unchanged; the search bench sees ~50,000 more attribute rows (its queries filter on domein and
// doelgroep only; the linked terms of its facets include the extra rows).
// Deterministic (hashes of ids, no random numbers): every run builds the same services in the same places.
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../src/server/db/schema.ts';
import { SYSTEM_ACTOR } from '../src/server/auth/actor.ts';
import { importHsds } from '../src/modules/social-map/import/index.ts';
import { term } from '../src/modules/social-map/reference/taxonomy.ts';

export const SOURCE_211 =
  process.env.BENCH_IMPORT_PATH ??
  path.resolve(import.meta.dirname, '../../shared/data/hsds-samples/bahc-icarol-211-csv');

/** Kinds of offer: a Dutch name prefix, the taxonomy sub-term it belongs to, and the need (behoefte) it serves. */
const KINDS: [string, string, string][] = [
  ['Wandelgroep', 'domein.sport-bewegen.wandelen', 'behoefte.meer-bewegen'],
  ['Taalcafé', 'domein.ontmoeten-meedoen.taalcafe', 'behoefte.taal-leren'],
  ['Schuldhulp', 'domein.schulden-geld.schuldhulp', 'behoefte.geldzorgen'],
  ['Buurthuis', 'domein.ontmoeten-meedoen.buurthuis', 'behoefte.minder-eenzaam'],
  ['Beweegclub', 'domein.sport-bewegen.bewegen-ouderen', 'behoefte.meer-bewegen'],
  ['Ontmoetingsplek', 'domein.ontmoeten-meedoen.samen-eten', 'behoefte.minder-eenzaam'],
  ['Mantelzorgsteunpunt', 'domein.mantelzorg.mantelzorgondersteuning', 'behoefte.mantelzorg-verlichten'],
  ['Voedselbank', 'domein.schulden-geld.voedselbank', 'behoefte.geldzorgen'],
  ['Fysiotherapie', 'domein.zorg.fysiotherapie', 'behoefte.gezondheidsklachten'],
  ['Huisartsenpraktijk', 'domein.zorg.huisarts', 'behoefte.gezondheidsklachten'],
  ['Jongerenwerk', 'domein.jeugd-gezin.jongerenwerk', 'behoefte.zinvolle-dag'],
  ['Zwemles', 'domein.sport-bewegen.zwemmen', 'behoefte.meer-bewegen'],
  ['Budgetcursus', 'domein.schulden-geld.budgetcursus', 'behoefte.geldzorgen'],
  ['Maatjesproject', 'domein.vrijwilligerswerk.maatje', 'behoefte.minder-eenzaam'],
  ['Valpreventie', 'domein.preventie-leefstijl.valpreventie', 'behoefte.zelfstandig-wonen'],
  ['Digicafé', 'domein.ontmoeten-meedoen.digitaal', 'behoefte.minder-eenzaam'],
  ['Opvoedspreekuur', 'domein.jeugd-gezin.opvoedondersteuning', 'behoefte.opvoeding'],
  ['Seniorengym', 'domein.sport-bewegen.fitness', 'behoefte.gezond-gewicht'],
  ['Administratiehulp', 'domein.schulden-geld.administratie', 'behoefte.hulp-administratie'],
  ['Welzijnswerk', 'domein.welzijn.welzijnswerk', 'behoefte.somberheid'],
  ['Stoppen met roken', 'domein.preventie-leefstijl.stoppen-roken', 'behoefte.stoppen-roken'],
  ['Dagbesteding', 'domein.werk-inkomen.dagbesteding', 'behoefte.zinvolle-dag'],
  ['Klussendienst', 'domein.wonen.klussendienst', 'behoefte.zelfstandig-wonen'],
  ['Respijtzorg', 'domein.mantelzorg.respijtzorg', 'behoefte.mantelzorg-verlichten'],
];
const MIDDLES = [
  'De Linde',
  'Het Anker',
  'De Brug',
  'Samen Sterk',
  'Noord',
  'Zuid',
  'Oost',
  'West',
  'Centrum',
  'De Horizon',
  'Op Koers',
  'Het Baken',
  'De Schakel',
  'Vitaal',
];
const TARGET_GROUPS = [
  'doelgroep.ouderen',
  'doelgroep.jongeren',
  'doelgroep.kinderen',
  'doelgroep.ouders',
  'doelgroep.mantelzorgers',
  'doelgroep.nieuwkomers',
  'doelgroep.volwassenen',
  'doelgroep.iedereen',
];

const textArray = (values: string[]) => sql`ARRAY[${sql.join(values.map((v) => sql`${v}::text`))}]`;
const uuidArray = (values: string[]) => sql`ARRAY[${sql.join(values.map((v) => sql`${v}::uuid`))}]`;

export interface MapFigures {
  services: number;
  importSeconds: number;
  replicateSeconds: number;
  analyzeSeconds: number;
}

/** Builds the map into an empty, migrated database; returns how long each step took. */
export async function buildSearchMap(
  db: Kysely<DB>,
  opts: { services?: number; log?: (line: string) => void } = {},
): Promise<MapFigures> {
  const target = opts.services ?? 100_000;
  const log = opts.log ?? (() => {});
  let t0 = performance.now();
  const report = await importHsds({
    db,
    path: SOURCE_211,
    source: 'bench-211',
    basis: 'system',
    actor: SYSTEM_ACTOR,
  });
  if (report.refused.length) throw new Error(`211 import refused: ${JSON.stringify(report.refused[0])}`);
  const importSeconds = (performance.now() - t0) / 1000;
  const base = report.counts.services;
  const copies = Math.ceil(target / base);
  log(`211 directory imported (${base} services) in ${importSeconds.toFixed(1)} s; replicating ×${copies}…`);

  t0 = performance.now();
  const step = async (label: string, query: ReturnType<typeof sql>) => {
    const t = performance.now();
    const r = await query.execute(db);
    log(
      `  ${label}: ${Number(r.numAffectedRows ?? 0)} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
  };
  // h(x, salt): a deterministic number 0…2^31-1 from any text.
  const h = (x: ReturnType<typeof sql>, salt: string) => sql`(hashtext(${x} || ${`:${salt}`}) & 2147483647)`;

  await db.transaction().execute(async (trx) => {
    const run = async (label: string, query: ReturnType<typeof sql>) => {
      const t = performance.now();
      const r = await query.execute(trx);
      log(
        `  ${label}: ${Number(r.numAffectedRows ?? 0)} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`,
      );
    };
    // Copy k of every source row; copy 0 stays the original 211 record (moved and renamed in place below,
    // so no service keeps its Californian place).
    await run(
      'copies',
      sql`CREATE TEMP TABLE bench_copy AS
        SELECT k FROM generate_series(0, ${copies - 1}) k`,
    );
    await run(
      'places',
      sql`CREATE TEMP TABLE bench_pc4 AS
        SELECT (row_number() OVER (ORDER BY pc4)) - 1 AS n, pc4, place, latitude, longitude FROM sm_postcode`,
    );
    const places = sql`(SELECT count(*) FROM bench_pc4)`;
    // Every location copy: a PC4 centroid, jittered by up to ±0.01° (about a kilometre).
    await run(
      'location plan',
      sql`CREATE TEMP TABLE bench_loc AS
        SELECT l.id AS src, c.k,
          CASE WHEN c.k = 0 THEN l.id ELSE md5(l.id::text || '/' || c.k)::uuid END AS id,
          p.pc4, p.place,
          p.latitude + (${h(sql`l.id::text || c.k`, 'lat')} % 2001 - 1000) / 100000.0 AS latitude,
          p.longitude + (${h(sql`l.id::text || c.k`, 'lon')} % 2001 - 1000) / 100000.0 AS longitude
        FROM sm_location l CROSS JOIN bench_copy c
        JOIN bench_pc4 p ON p.n = ${h(sql`l.id::text || c.k`, 'pc4')} % ${places}`,
    );
    await run('location plan index', sql`CREATE UNIQUE INDEX ON bench_loc (src, k)`);
    await run(
      'first locations',
      sql`CREATE TEMP TABLE bench_first AS SELECT DISTINCT ON (service_id) service_id, location_id
        FROM sm_service_at_location ORDER BY service_id, id`,
    );
    await run('analyze plans', sql`ANALYZE bench_loc, bench_first`);
    // Every service copy: its kind of offer, name words, two dice, and the place of its (first) location.
    await run(
      'service plan',
      sql`CREATE TEMP TABLE bench_svc AS
        SELECT x.*, coalesce(bl.place, 'Nederland') AS place
        FROM (
          SELECT s.id AS src, c.k,
            CASE WHEN c.k = 0 THEN s.id ELSE md5(s.id::text || '/' || c.k)::uuid END AS id,
            row_number() OVER (ORDER BY c.k, s.id) AS n,
            ${h(sql`s.id::text || c.k`, 'kind')} % ${KINDS.length} AS kind,
            ${h(sql`s.id::text || c.k`, 'middle')} % ${MIDDLES.length} AS middle,
            ${h(sql`s.id::text || c.k`, 'r')} % 1000 AS r,
            ${h(sql`s.id::text || c.k`, 'r2')} % 1000 AS r2
          FROM sm_service s CROSS JOIN bench_copy c
        ) x
        LEFT JOIN bench_first f ON f.service_id = x.src
        LEFT JOIN bench_loc bl ON bl.src = f.location_id AND bl.k = x.k
        WHERE x.n <= ${target}`,
    );
    await run('service plan index', sql`CREATE UNIQUE INDEX ON bench_svc (src, k)`);
    await run('analyze plans', sql`ANALYZE bench_svc`);
    await run(
      'organizations',
      sql`INSERT INTO sm_organization (id, name, description, email, website)
        SELECT md5(o.id::text || '/' || c.k)::uuid, o.name || ' ' || c.k, o.description, o.email, o.website
        FROM sm_organization o CROSS JOIN bench_copy c WHERE c.k > 0`,
    );
    await run(
      'locations',
      sql`INSERT INTO sm_location (id, location_type, name, organization_id, latitude, longitude)
        SELECT b.id, l.location_type, l.name,
          CASE WHEN l.organization_id IS NULL THEN NULL
               ELSE md5(l.organization_id::text || '/' || b.k)::uuid END,
          b.latitude, b.longitude
        FROM bench_loc b JOIN sm_location l ON l.id = b.src WHERE b.k > 0`,
    );
    await run(
      'originals moved',
      sql`UPDATE sm_location l SET latitude = b.latitude, longitude = b.longitude
        FROM bench_loc b WHERE b.src = l.id AND b.k = 0`,
    );
    // Name: kind + middle word + the place of its location ("Wandelgroep De Linde Utrecht"); the 211 name
    // becomes the alternate name, the description stays.
    const kinds = textArray(KINDS.map(([k]) => k));
    const middles = textArray(MIDDLES);
    const name = sql`(${kinds})[b.kind + 1] || ' ' || (${middles})[b.middle + 1] || ' ' || b.place`;
    const financing = sql`CASE WHEN b.r < 300 THEN 'free' WHEN b.r < 450 THEN 'wmo' WHEN b.r < 600 THEN 'zvw'
      WHEN b.r < 800 THEN 'self_paid' WHEN b.r < 900 THEN 'membership' END`;
    // The search document (migration 0006) of a copy differs from its source's only in the name and the
    // alternate name (the source's name): the description's part is computed once per source service instead
    // of once per copy, and the copies' documents are written with the insert trigger switched off. A sample
    // is compared with what the trigger computes, below.
    await run(
      'description documents',
      sql`CREATE TEMP TABLE bench_text AS
        SELECT id AS src, setweight(to_tsvector('dutch', sm_unaccent(coalesce(name, '') || ' ')), 'B') AS b,
          setweight(to_tsvector('dutch', sm_unaccent(coalesce(description, ''))), 'C') AS c
        FROM sm_service`,
    );
    await run('trigger off', sql`ALTER TABLE sm_service DISABLE TRIGGER sm_service_search_inserted`);
    await run(
      'services',
      sql`INSERT INTO sm_service (id, name, alternate_name, description, organization_id, status,
          financing_route, wor_eligible, bor_eligible, minimum_age, maximum_age, assured_date, last_modified)
        SELECT b.id, n.name, s.name, s.description,
          CASE WHEN s.organization_id IS NULL THEN NULL
               ELSE md5(s.organization_id::text || '/' || b.k)::uuid END,
          s.status, n.financing, n.wor, n.bor, n.min_age, n.max_age, n.assured, now()
        FROM bench_svc b JOIN sm_service s ON s.id = b.src
        CROSS JOIN LATERAL (SELECT ${name} AS name, ${financing} AS financing, b.r2 < 100 AS wor,
          b.r2 >= 950 AS bor, CASE WHEN b.r2 % 10 = 1 THEN 55 WHEN b.r2 % 10 = 2 THEN 4 END AS min_age,
          CASE WHEN b.r2 % 10 = 2 THEN 18 END AS max_age, (date '2026-11-01' - (b.r2 % 730)) AS assured) n
        WHERE b.k > 0`,
    );
    await run('trigger on', sql`ALTER TABLE sm_service ENABLE TRIGGER sm_service_search_inserted`);
    // Indexes of the search table are dropped and made again after the bulk insert (a GIN index builds far
    // faster than it grows row by row), with the definitions the migrations gave them.
    const { rows: indexes } = await sql<{
      name: string;
      def: string;
    }>`SELECT indexname AS name, indexdef AS def
      FROM pg_indexes WHERE tablename = 'sm_service_search' AND indexname <> 'sm_service_search_pkey'`.execute(
      trx,
    );
    for (const i of indexes) await run(`drop ${i.name}`, sql`DROP INDEX ${sql.id(i.name)}`);
    await run(
      'search documents',
      sql`INSERT INTO sm_service_search (service_id, document, name)
        SELECT s.id, setweight(to_tsvector('dutch', sm_unaccent(s.name)), 'A') || t.b || t.c, sm_fold(s.name)
        FROM bench_svc b JOIN sm_service s ON s.id = b.id JOIN bench_text t ON t.src = b.src
        WHERE b.k > 0`,
    );
    for (const i of indexes) await run(`index ${i.name}`, sql.raw(i.def));
    await run(
      'originals renamed',
      sql`UPDATE sm_service s SET name = n.name, alternate_name = s.name, financing_route = n.financing,
          wor_eligible = n.wor, bor_eligible = n.bor, minimum_age = n.min_age, maximum_age = n.max_age,
          assured_date = n.assured
        FROM bench_svc b
        CROSS JOIN LATERAL (SELECT ${name} AS name, ${financing} AS financing, b.r2 < 100 AS wor,
          b.r2 >= 950 AS bor, CASE WHEN b.r2 % 10 = 1 THEN 55 WHEN b.r2 % 10 = 2 THEN 4 END AS min_age,
          CASE WHEN b.r2 % 10 = 2 THEN 18 END AS max_age, (date '2026-11-01' - (b.r2 % 730)) AS assured) n
        WHERE b.src = s.id AND b.k = 0`,
    );
    await run(
      'service at locations',
      sql`INSERT INTO sm_service_at_location (id, service_id, location_id)
        SELECT md5(sal.id::text || '/' || b.k)::uuid, b.id, md5(sal.location_id::text || '/' || b.k)::uuid
        FROM bench_svc b JOIN sm_service_at_location sal ON sal.service_id = b.src WHERE b.k > 0`,
    );
    // Dutch taxonomy: the kind's sub-term, a target group for three in four services, and the kind's need
    // for one in two (its own die, so the other traits' shares stay as they were).
    const kindTerms = uuidArray(KINDS.map(([, code]) => term(code).id));
    const needTerms = uuidArray(KINDS.map(([, , code]) => term(code).id));
    const groups = uuidArray(TARGET_GROUPS.map((code) => term(code).id));
    await run(
      'taxonomy links',
      sql`INSERT INTO sm_attribute (link_id, taxonomy_term_id, link_entity, link_type)
        SELECT b.id, (${kindTerms})[b.kind + 1], 'service', 'category' FROM bench_svc b
        UNION ALL
        SELECT b.id, (${groups})[b.r2 % ${TARGET_GROUPS.length} + 1], 'service', 'category'
        FROM bench_svc b WHERE b.r2 % 4 <> 0
        UNION ALL
        SELECT b.id, (${needTerms})[b.kind + 1], 'service', 'category'
        FROM bench_svc b WHERE ${h(sql`b.id::text`, 'need')} % 2 = 0`,
    );
    // Cost options for services without a financing route: half free, half paid.
    await run(
      'cost options',
      sql`INSERT INTO sm_cost_option (service_id, option, currency, amount)
        SELECT b.id, 'Deelname', 'EUR', CASE WHEN b.r2 % 2 = 0 THEN 0 ELSE 12.50 END
        FROM bench_svc b WHERE b.r >= 900`,
    );
    // Weekly opening hours for 60 %: one to five days, morning, afternoon, evening or all day; one in five
    // on the service at its location instead of on the service.
    const days = textArray([
      'MO',
      'TU',
      'WE',
      'TH',
      'FR',
      'SA',
      'MO,WE',
      'TU,TH',
      'MO,TU,WE,TH,FR',
      'SA,SU',
      'WE,FR',
    ]);
    const opens = textArray(['09:00', '13:30', '19:00', '08:30', '10:00']);
    const closes = textArray(['12:00', '16:00', '21:30', '17:00', '11:30']);
    await run(
      'schedules',
      sql`INSERT INTO sm_schedule (service_id, service_at_location_id, freq, byday, opens_at, closes_at)
        SELECT CASE WHEN b.r2 % 5 = 0 AND sal.id IS NOT NULL THEN NULL ELSE b.id END,
          CASE WHEN b.r2 % 5 = 0 THEN sal.id END,
          'WEEKLY', (${days})[b.r % 11 + 1], (${opens})[b.r2 % 5 + 1], (${closes})[b.r2 % 5 + 1]
        FROM bench_svc b
        LEFT JOIN LATERAL (SELECT id FROM sm_service_at_location WHERE service_id = b.id LIMIT 1) sal ON true
        WHERE (b.r + b.r2) % 10 < 6`,
    );
    // Sessions: three coming dates for one service in twelve, some full.
    await run(
      'sessions',
      sql`INSERT INTO sm_session (service_id, starts_at, capacity, places_taken)
        SELECT b.id, timestamptz '2027-01-04 09:00+01' + ((b.r % 7) || ' days')::interval + (w || ' weeks')::interval,
          12, (b.r2 + w) % 13
        FROM bench_svc b CROSS JOIN generate_series(0, 2) w WHERE b.r % 12 = 0`,
    );
    const langs = textArray(['en', 'tr', 'ar', 'pl', 'de']);
    await run(
      'languages',
      sql`INSERT INTO sm_language (service_id, code) SELECT b.id, (${langs})[b.r2 % 5 + 1]
        FROM bench_svc b WHERE b.r % 7 = 0`,
    );
    await run(
      'accessibility',
      sql`INSERT INTO sm_accessibility (location_id, description)
        SELECT b.id, 'Rolstoeltoegankelijk' FROM bench_loc b WHERE ${h(sql`b.id::text`, 'acc')} % 5 < 2`,
    );
    // Service areas: a synthetic wijk code per place (WK + 6 digits), so the neighbourhood filter and facet
    // have values.
    await run(
      'service areas',
      sql`INSERT INTO sm_service_area (service_id, name, cbs_code)
        SELECT b.id, b.place, 'WK' || lpad((${h(sql`b.place`, 'wk')} % 1000000)::text, 6, '0') FROM bench_svc b`,
    );
    await run(
      'drop plans',
      sql`DROP TABLE bench_copy, bench_pc4, bench_loc, bench_first, bench_svc, bench_text`,
    );
    const { rows: wrong } = await sql<{ n: number }>`SELECT count(*)::int AS n
      FROM sm_service s JOIN sm_service_search ss ON ss.service_id = s.id
      WHERE ${h(sql`s.id::text`, 'check')} % 100 = 0
        AND (ss.document <> sm_service_document(s.name, s.alternate_name, s.summary_b1, s.description)
          OR ss.name <> sm_fold(s.name))`.execute(trx);
    if (wrong[0]!.n > 0) throw new Error(`${wrong[0]!.n} sampled search documents differ from the trigger's`);
  });
  const replicateSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  await step('analyze', sql`ANALYZE`);
  const analyzeSeconds = (performance.now() - t0) / 1000;
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM sm_service`.execute(db);
  return { services: rows[0]!.n, importSeconds, replicateSeconds, analyzeSeconds };
}
