// Fills the demo neighbourhoods with the demo social map (catalogue.ts, places.ts) as HSDS rows. Every id
// is derived from a stable key, so the content is the same on every run and running it again adds
// nothing. Only dates follow the clock: last-verified dates, and the sessions of the next four weeks
// (a run on a later day adds the sessions of the days that have come into range).
import { createHash } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../../server/db/schema.ts';
import { term } from '../reference/taxonomy.ts';
import { CATALOGUE, type DemoService, type Slot } from './catalogue.ts';
import { seedEditorialDemo } from './editorial.ts';
import { ORGANIZATIONS, VENUES, WIJKEN, WIJKEN_ORDER, type Wijk } from './places.ts';

/** A version-5-shaped uuid from a key: the same key gives the same id on every installation. */
export function demoId(key: string): string {
  const b = createHash('sha1').update(`wijkpunt-demo-social-map:${key}`).digest();
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A number in [0, 1) that depends only on the key: variety without randomness. */
export function unit(key: string): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0) / 2 ** 32;
}

function phone(key: string): string {
  const n = String(Math.floor(unit(`phone:${key}`) * 1e6)).padStart(6, '0');
  return `045 5${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)}`;
}

const ZONE = 'Europe/Amsterdam';
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Year, month (1–12), day, hour and minute on the wall clock in Kerkrade at this instant. */
function wall(d: Date): [number, number, number, number, number] {
  const p = Object.fromEntries(parts.formatToParts(d).map((x) => [x.type, x.value]));
  return [Number(p.year), Number(p.month), Number(p.day), Number(p.hour), Number(p.minute)];
}

/** The instant of a wall-clock time in Kerkrade. */
export function kerkradeTime(y: number, m: number, d: number, time: string): Date {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  const [wy, wm, wd, wh, wmin] = wall(new Date(guess));
  const offset = Date.UTC(wy, wm - 1, wd, wh, wmin) - guess;
  return new Date(guess - offset);
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const DAY_NAMES: Record<string, string> = {
  MO: 'maandag',
  TU: 'dinsdag',
  WE: 'woensdag',
  TH: 'donderdag',
  FR: 'vrijdag',
  SA: 'zaterdag',
  SU: 'zondag',
};

function describeSlot(s: Slot): string {
  const days = s.day.split(',');
  const time = `${s.from}–${s.to}`;
  if (s.monthly) return `Elke eerste ${DAY_NAMES[days[0]!]} van de maand, ${time}`;
  if (s.day === 'MO,TU,WE,TH,FR') return `Maandag tot en met vrijdag, ${time}`;
  const names = days.map((d) => DAY_NAMES[d]!);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names.at(-1)!}` : names[0]!;
  return `Elke ${list}, ${time}`;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function monthsBefore(now: Date, months: number, days: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate() - days));
  return isoDay(d);
}

const LANGUAGE_CODES: Record<string, string> = {
  Nederlands: 'nl',
  Engels: 'en',
  Arabisch: 'ar',
  Tigrinya: 'ti',
  Oekraïens: 'uk',
};

const FEES: Record<DemoService['pay'], string> = {
  free: 'Gratis',
  zvw: 'Vergoed uit de zorgverzekering; het eigen risico kan gelden',
  wmo: 'Via een Wmo-indicatie van de gemeente; een eigen bijdrage kan gelden',
  self_paid: 'U betaalt zelf',
  membership: 'Contributie voor leden',
};

const MUNICIPALITY_FUNDED = new Set(['welzijn', 'wijkteam', 'bsc', 'mantelzorg', 'gemeente', 'cjg']);

const euro = (n: number) => `€ ${n.toFixed(2).replace('.', ',')}`;

export interface SocialMapDemoCounts {
  organizations: number;
  services: number;
  locations: number;
  sessions: number;
}

/** One service per catalogue entry and neighbourhood it is listed for. */
export function demoServiceCopies(): { entry: DemoService; wijk: Wijk; id: string }[] {
  return CATALOGUE.flatMap((entry) =>
    entry.wijken.map((wijk) => ({
      entry,
      wijk,
      id: demoId(entry.wijken.length > 1 ? `service:${entry.key}:${wijk}` : `service:${entry.key}`),
    })),
  );
}

function pick<T>(
  v: T | Partial<Record<Wijk, T>>,
  wijk: Wijk,
  key: string,
  isMap: (x: unknown) => boolean,
): T {
  if (!isMap(v)) return v as T;
  const x = (v as Partial<Record<Wijk, T>>)[wijk];
  if (x === undefined) throw new Error(`Demo catalogue ${key}: nothing for ${wijk}`);
  return x;
}
const isRecord = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Writes the demo social map. `organisations` maps tenancy organisation names to ids, so entries of a
 * participating organisation are linked to it (its provider editors keep them current).
 */
export async function seedSocialMapDemo(
  db: Kysely<DB>,
  opts: { organisations?: ReadonlyMap<string, string>; now?: Date } = {},
): Promise<SocialMapDemoCounts> {
  const now = opts.now ?? new Date();
  const [ty, tm, td] = wall(now);

  const pc4s = [...new Set(VENUES.map((v) => v.pc4))];
  const centroids = new Map(
    (await db.selectFrom('sm_postcode').selectAll().where('pc4', 'in', pc4s).execute()).map((p) => [
      p.pc4,
      p,
    ]),
  );

  const orgId = new Map(ORGANIZATIONS.map((o) => [o.key, demoId(`org:${o.key}`)]));
  const organizations: Insertable<DB['sm_organization']>[] = ORGANIZATIONS.map((o) => ({
    id: orgId.get(o.key)!,
    name: o.name,
    description: o.description,
    email: o.email ?? null,
    website: o.website ?? null,
    organisation_id: o.tenancy ? (opts.organisations?.get(o.name) ?? null) : null,
  }));
  const phones: Insertable<DB['sm_phone']>[] = ORGANIZATIONS.map((o) => ({
    id: demoId(`org-phone:${o.key}`),
    organization_id: orgId.get(o.key)!,
    number: phone(`org:${o.key}`),
    type: 'voice',
    description: 'Algemeen nummer',
  }));

  const contacts: Insertable<DB['sm_contact']>[] = ORGANIZATIONS.flatMap((o) =>
    o.contact
      ? [
          {
            id: demoId(`contact:${o.key}`),
            organization_id: orgId.get(o.key)!,
            name: o.contact.name,
            title: o.contact.title,
            email: o.contact.email,
          },
        ]
      : [],
  );

  const venue = new Map(VENUES.map((v) => [v.key, v]));
  const locations: Insertable<DB['sm_location']>[] = [];
  const addresses: Insertable<DB['sm_address']>[] = [];
  const accessibility: Insertable<DB['sm_accessibility']>[] = [];
  for (const v of VENUES) {
    const c = centroids.get(v.pc4);
    if (!c) throw new Error(`Demo venue ${v.key}: postcode ${v.pc4} is not in sm_postcode`);
    const id = demoId(`loc:${v.key}`);
    if (!orgId.has(v.org)) throw new Error(`Demo venue ${v.key}: unknown organisation ${v.org}`);
    locations.push({
      id,
      location_type: 'physical',
      organization_id: orgId.get(v.org)!,
      name: v.name,
      transportation: v.transportation ?? null,
      // Within a few hundred metres of the PC4 centroid.
      latitude: Math.round((c.latitude + (unit(`lat:${v.key}`) - 0.5) * 0.006) * 1e6) / 1e6,
      longitude: Math.round((c.longitude + (unit(`lon:${v.key}`) - 0.5) * 0.009) * 1e6) / 1e6,
    });
    addresses.push({
      id: demoId(`addr:${v.key}`),
      location_id: id,
      address_1: `${v.street} ${v.number}`,
      city: 'Kerkrade',
      state_province: 'Limburg',
      postal_code: `${v.pc4} ${v.letters}`,
      country: 'NL',
      address_type: 'physical',
    });
    if (v.accessibility)
      accessibility.push({ id: demoId(`access:${v.key}`), location_id: id, description: v.accessibility });
  }

  const services: Insertable<DB['sm_service']>[] = [];
  const sals: Insertable<DB['sm_service_at_location']>[] = [];
  const schedules: Insertable<DB['sm_schedule']>[] = [];
  const areas: Insertable<DB['sm_service_area']>[] = [];
  const attributes: Insertable<DB['sm_attribute']>[] = [];
  const costs: Insertable<DB['sm_cost_option']>[] = [];
  const languages: Insertable<DB['sm_language']>[] = [];
  const funding: Insertable<DB['sm_funding']>[] = [];
  const sessions: Insertable<DB['sm_session']>[] = [];

  for (const { entry: e, wijk, id } of demoServiceCopies()) {
    const where = e.wijken.length > 1 ? `${e.key}:${wijk}` : e.key;
    const org = pick(e.org, wijk, e.key, isRecord);
    const at = pick(e.at, wijk, e.key, isRecord).replace('{w}', wijk.toLowerCase());
    const v = venue.get(at);
    if (!v) throw new Error(`Demo service ${where}: unknown venue ${at}`);
    if (!orgId.has(org)) throw new Error(`Demo service ${where}: unknown organisation ${org}`);
    const fill = (s: string) => s.replaceAll('{wijk}', WIJKEN[wijk].name).replaceAll('{plek}', v.name);
    const stale = e.stale?.includes(wijk) ?? false;
    const slots = Array.isArray(e.when) ? e.when : pick(e.when, wijk, e.key, isRecord);
    services.push({
      id,
      organization_id: orgId.get(org)!,
      name: fill(e.name),
      description: fill(e.description),
      summary_b1: fill(e.summary),
      email: ORGANIZATIONS.find((o) => o.key === org)!.email ?? null,
      status: 'active',
      application_process: e.group
        ? 'Aanmelden via het telefoonnummer hieronder. Is een bijeenkomst vol, dan kunt u op de wachtlijst.'
        : 'Bel of kom langs tijdens de openingstijden.',
      fees_description: e.cost ? `${euro(e.cost[0])} ${e.cost[1]}` : FEES[e.pay],
      minimum_age: e.age?.[0] ?? null,
      maximum_age: e.age?.[1] ?? null,
      financing_route: e.pay,
      wor_eligible: e.wor ?? false,
      bor_eligible: e.bor ?? false,
      review_interval_months: 12,
      assured_date: stale
        ? monthsBefore(now, 13 + Math.floor(unit(`stale:${where}`) * 9), 0)
        : monthsBefore(now, Math.floor(unit(`assured:${where}`) * 10), Math.floor(unit(`day:${where}`) * 25)),
      assurer_email: stale ? null : 'coordinator@demo.wijkpunt.nl',
    });
    const salId = demoId(`sal:${where}`);
    sals.push({ id: salId, service_id: id, location_id: demoId(`loc:${at}`) });
    phones.push({ id: demoId(`phone:${where}`), service_id: id, number: phone(where), type: 'voice' });
    slots.forEach((s, i) =>
      schedules.push({
        id: demoId(`schedule:${where}:${i}`),
        service_id: id,
        service_at_location_id: salId,
        freq: s.monthly ? 'MONTHLY' : 'WEEKLY',
        interval: 1,
        wkst: 'MO',
        byday: s.monthly ? `1${s.day}` : s.day,
        opens_at: s.from,
        closes_at: s.to,
        description: describeSlot(s),
        notes: s.note ?? null,
        attending_type: 'Op locatie',
      }),
    );
    const served = (e.serves ?? (e.wijken.length > 1 ? 'own' : 'all')) === 'own' ? [wijk] : WIJKEN_ORDER;
    for (const w of served)
      areas.push({
        id: demoId(`area:${where}:${w}`),
        service_id: id,
        name: WIJKEN[w].name,
        cbs_code: WIJKEN[w].cbsCode,
      });
    // Linked to the sub-term and to its domain, so a filter on the domain finds it without walking the tree.
    const codes = new Set(e.terms.flatMap((code) => [term(code).parent, code].filter((c) => c !== null)));
    for (const code of codes)
      attributes.push({
        id: demoId(`attr:${where}:${code}`),
        link_id: id,
        link_entity: 'service',
        link_type: 'taxonomy',
        taxonomy_term_id: term(code).id,
      });
    if (e.cost)
      costs.push({
        id: demoId(`cost:${where}`),
        service_id: id,
        option: e.cost[1],
        currency: 'EUR',
        amount: e.cost[0],
        amount_description: `${euro(e.cost[0])} ${e.cost[1]}`,
      });
    // Free welfare, sport and informal-care offers are paid for by the municipality.
    if (e.pay === 'free' && MUNICIPALITY_FUNDED.has(org))
      funding.push({
        id: demoId(`funding:${where}`),
        service_id: id,
        source: 'Gemeente Kerkrade (subsidie)',
      });
    for (const name of e.languages ?? ['Nederlands'])
      languages.push({
        id: demoId(`lang:${where}:${name}`),
        service_id: id,
        name,
        code: LANGUAGE_CODES[name] ?? null,
      });

    if (e.group) {
      slots.forEach((s, i) => {
        for (let ahead = 1; ahead <= 28; ahead++) {
          const day = new Date(Date.UTC(ty, tm - 1, td + ahead));
          const weekday = DAYS[day.getUTCDay()]!;
          if (!s.day.split(',').includes(weekday)) continue;
          if (s.monthly && day.getUTCDate() > 7) continue;
          const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
          // Keyed by date: the same day gives the same session; a later run adds the new days.
          const key = `${where}:${i}:${isoDay(day)}`;
          // One in five sessions is full; the Bleijerheide walking group always has places left.
          const full = unit(`full:${key}`) < 0.2 && where !== 'wandelgroep:B';
          const taken = full ? e.group! : Math.floor(unit(`taken:${key}`) * (e.group! - 1));
          sessions.push({
            id: demoId(`session:${key}`),
            service_id: id,
            location_id: demoId(`loc:${at}`),
            starts_at: kerkradeTime(y, m, d, s.from),
            ends_at: kerkradeTime(y, m, d, s.to),
            capacity: e.group!,
            places_taken: taken,
            waiting_list: full,
            note: full ? 'Vol; aanmelden voor de wachtlijst kan.' : null,
          });
        }
      });
    }
  }

  const counts: SocialMapDemoCounts = { organizations: 0, services: 0, locations: 0, sessions: 0 };
  // Parents before children; every row keyed by its stable id, so a second run inserts nothing.
  counts.organizations = await insertNew(db, 'sm_organization', organizations);
  counts.locations = await insertNew(db, 'sm_location', locations);
  await insertNew(db, 'sm_address', addresses);
  await insertNew(db, 'sm_accessibility', accessibility);
  await insertNew(db, 'sm_contact', contacts);
  counts.services = await insertNew(db, 'sm_service', services);
  await insertNew(db, 'sm_service_at_location', sals);
  await insertNew(db, 'sm_phone', phones);
  await insertNew(db, 'sm_schedule', schedules);
  await insertNew(db, 'sm_service_area', areas);
  await insertNew(db, 'sm_attribute', attributes);
  await insertNew(db, 'sm_cost_option', costs);
  await insertNew(db, 'sm_language', languages);
  await insertNew(db, 'sm_funding', funding);
  counts.sessions = await insertNew(db, 'sm_session', sessions);
  // Problem reports and changes in progress; not part of the counts (the CLI reports services and sessions).
  await seedEditorialDemo(db, { now });
  return counts;
}

type Table =
  | 'sm_organization'
  | 'sm_location'
  | 'sm_address'
  | 'sm_accessibility'
  | 'sm_contact'
  | 'sm_funding'
  | 'sm_service'
  | 'sm_service_at_location'
  | 'sm_phone'
  | 'sm_schedule'
  | 'sm_service_area'
  | 'sm_attribute'
  | 'sm_cost_option'
  | 'sm_language'
  | 'sm_session';

async function insertNew<T extends Table>(
  db: Kysely<DB>,
  table: T,
  rows: Insertable<DB[T]>[],
): Promise<number> {
  let created = 0;
  for (let i = 0; i < rows.length; i += 250) {
    const r = await db
      .insertInto(table)
      .values(rows.slice(i, i + 250) as never)
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    created += r.length;
  }
  return created;
}
