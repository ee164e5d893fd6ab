// Demo data: one region, three neighbourhoods of a real municipality, organisations and one account per role.
// Idempotent: running it again adds nothing that is already there.
import { sql, type Kysely } from 'kysely';
import type { DB, Discipline, OrganisationType, Role } from '../../server/db/schema.ts';
import { SYSTEM_ACTOR } from '../../server/auth/actor.ts';
import { hashPassword } from '../../server/auth/secrets.ts';
import { writeAudit } from '../../server/audit.ts';
import { seedSocialMapDemo, type SocialMapDemoCounts } from '../social-map/demo/seed.ts';
import { seedSourcesDemo } from '../social-map/demo/sources.ts';
import { joinTransaction } from '../../server/db/join-transaction.ts';

export const DEMO_PASSWORD = 'wijkpunt-demo';

/**
 * Kerkrade (GM0928), in the Parkstad region that the seed papers study. Its population, 45,620, is the CBS
 * figure for 2023 (Kerncijfers wijken en buurten 2023; Bron: CBS, Kadaster, CC BY 4.0). The split into three
 * neighbourhoods and their codes are made up for the demo; they add up to that real total.
 */
export const DEMO_MUNICIPALITY = { code: 'GM0928', name: 'Kerkrade', population: 45_620 } as const;

export const DEMO_NEIGHBOURHOODS = [
  { cbsCode: 'WK092801', name: 'Bleijerheide', population: 16_240 },
  { cbsCode: 'WK092802', name: 'Chevremont', population: 14_890 },
  { cbsCode: 'WK092803', name: 'Terwinselen', population: 14_490 },
] as const;

type Code = (typeof DEMO_NEIGHBOURHOODS)[number]['cbsCode'];
const ALL: Code[] = ['WK092801', 'WK092802', 'WK092803'];

export const DEMO_ORGANISATIONS: {
  name: string;
  type: OrganisationType;
  agb?: string;
  kvk?: string;
  serves: Code[];
}[] = [
  { name: 'Huisartsenpraktijk Bleijerheide', type: 'gp_practice', agb: '01012345', serves: ['WK092801'] },
  { name: 'Gezondheidscentrum Chevremont', type: 'health_centre', agb: '01023456', serves: ['WK092802'] },
  { name: 'Huisartsenpraktijk Terwinselen', type: 'gp_practice', agb: '01034567', serves: ['WK092803'] },
  { name: 'Fysiotherapie Kerkrade-Oost', type: 'physio', agb: '04012345', serves: ['WK092801', 'WK092802'] },
  { name: 'Apotheek Bleijerheide', type: 'pharmacy', agb: '06012345', serves: ['WK092801'] },
  { name: 'Wijkverpleging Parkstad', type: 'district_nursing', agb: '75012345', serves: ALL },
  { name: 'Welzijn Kerkrade', type: 'welfare', kvk: '14012345', serves: ALL },
  { name: 'Sociaal Wijkteam Kerkrade', type: 'social_team', serves: ALL },
  { name: 'Gemeente Kerkrade', type: 'municipality', serves: ALL },
  { name: 'Zorgverzekeraar Zuid (demo)', type: 'insurer', kvk: '14023456', serves: ALL },
  { name: 'GGD Zuid Limburg', type: 'ggd', serves: ALL },
  { name: 'Buurtcoöperatie Terwinselen', type: 'cooperative', kvk: '14034567', serves: ['WK092803'] },
  { name: 'Sportvereniging Chevremont', type: 'sports_club', kvk: '14045678', serves: ['WK092802'] },
  { name: 'Buurtsportcoaches Kerkrade', type: 'other', serves: ALL },
  { name: 'Diëtistenpraktijk Parkstad', type: 'other', agb: '05012345', serves: ['WK092801', 'WK092803'] },
  { name: 'Praktijk voor Psychologie Kerkrade', type: 'other', agb: '94012345', serves: ALL },
];

type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  discipline?: Discipline;
  organisation?: string;
  neighbourhoods?: Code[];
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'inwoner@demo.wijkpunt.nl', name: 'Anna Janssen', role: 'resident', neighbourhoods: ['WK092801'] },
  {
    email: 'huisarts@demo.wijkpunt.nl',
    name: 'Dr. Pieter Hermans',
    role: 'professional',
    discipline: 'gp',
    organisation: 'Huisartsenpraktijk Bleijerheide',
  },
  {
    email: 'poh@demo.wijkpunt.nl',
    name: 'Sanne Dirks',
    role: 'professional',
    discipline: 'practice_nurse',
    organisation: 'Huisartsenpraktijk Bleijerheide',
  },
  {
    email: 'wijkverpleging@demo.wijkpunt.nl',
    name: 'Maria Lemmens',
    role: 'professional',
    discipline: 'district_nurse',
    organisation: 'Wijkverpleging Parkstad',
  },
  {
    email: 'welzijn@demo.wijkpunt.nl',
    name: 'Youssef El Amrani',
    role: 'professional',
    discipline: 'welfare_coach',
    organisation: 'Welzijn Kerkrade',
  },
  {
    email: 'maatschappelijkwerk@demo.wijkpunt.nl',
    name: 'Ingrid Vluggen',
    role: 'professional',
    discipline: 'social_worker',
    organisation: 'Sociaal Wijkteam Kerkrade',
  },
  {
    email: 'wmo@demo.wijkpunt.nl',
    name: 'Tom Schreurs',
    role: 'professional',
    discipline: 'wmo_consultant',
    organisation: 'Gemeente Kerkrade',
  },
  {
    email: 'aanbieder@demo.wijkpunt.nl',
    name: 'Lotte Kessels',
    role: 'provider_editor',
    organisation: 'Sportvereniging Chevremont',
  },
  {
    email: 'coordinator@demo.wijkpunt.nl',
    name: 'Ellen Bosch',
    role: 'coordinator',
    neighbourhoods: ['WK092801', 'WK092802'],
  },
  {
    email: 'gemeente@demo.wijkpunt.nl',
    name: 'Frank Meulenberg',
    role: 'funder',
    organisation: 'Gemeente Kerkrade',
  },
  {
    email: 'verzekeraar@demo.wijkpunt.nl',
    name: 'Nadia Willems',
    role: 'funder',
    organisation: 'Zorgverzekeraar Zuid (demo)',
  },
  { email: 'beheer@demo.wijkpunt.nl', name: 'Beheerder Wijkpunt', role: 'administrator' },
];

/** Front-desk teams of Bleijerheide: who takes which stream's questions and referrals. */
export const DEMO_TEAMS: {
  name: string;
  organisation: string;
  neighbourhood: Code;
  stream: 'care' | 'health' | 'wellbeing';
  members: string[];
}[] = [
  {
    name: 'Zorgteam Bleijerheide',
    organisation: 'Huisartsenpraktijk Bleijerheide',
    neighbourhood: 'WK092801',
    stream: 'care',
    members: ['poh@demo.wijkpunt.nl', 'huisarts@demo.wijkpunt.nl'],
  },
  {
    name: 'Gezond leven Bleijerheide',
    organisation: 'Welzijn Kerkrade',
    neighbourhood: 'WK092801',
    stream: 'health',
    members: ['welzijn@demo.wijkpunt.nl', 'poh@demo.wijkpunt.nl'],
  },
  {
    name: 'Welzijnsteam Bleijerheide',
    organisation: 'Welzijn Kerkrade',
    neighbourhood: 'WK092801',
    stream: 'wellbeing',
    members: ['welzijn@demo.wijkpunt.nl', 'maatschappelijkwerk@demo.wijkpunt.nl', 'wmo@demo.wijkpunt.nl'],
  },
];

export class DemoRefusedError extends Error {}

export async function seedDemo(
  db: Kysely<DB>,
  opts: { env: string; onProgress?: (step: string) => void },
): Promise<{ created: number; socialMap: SocialMapDemoCounts }> {
  if (opts.env === 'production') {
    throw new DemoRefusedError('Demo data is not loaded when NODE_ENV=production.');
  }
  const step = opts.onProgress ?? (() => undefined);
  const hashes = new Map<string, string>();
  for (const a of DEMO_ACCOUNTS) {
    const exists = await db
      .selectFrom('person')
      .select('id')
      .where(sql<string>`lower(email)`, '=', a.email)
      .executeTakeFirst();
    if (!exists) hashes.set(a.email, await hashPassword(DEMO_PASSWORD));
  }

  return db.transaction().execute(async (trx) => {
    let created = 0;
    step('region');
    await trx
      .insertInto('region')
      .values({ name: 'Parkstad Limburg (demo)' })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const region = await trx
      .selectFrom('region')
      .select('id')
      .where('name', '=', 'Parkstad Limburg (demo)')
      .executeTakeFirstOrThrow();

    step('neighbourhoods');
    for (const n of DEMO_NEIGHBOURHOODS) {
      const r = await trx
        .insertInto('neighbourhood')
        .values({
          region_id: region.id,
          cbs_code: n.cbsCode,
          name: n.name,
          municipality_code: DEMO_MUNICIPALITY.code,
          population: n.population,
        })
        .onConflict((oc) => oc.column('cbs_code').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (r) created++;
    }
    const nIds = new Map(
      (await trx.selectFrom('neighbourhood').select(['id', 'cbs_code']).execute()).map((n) => [
        n.cbs_code,
        n.id,
      ]),
    );

    step('organisations');
    for (const o of DEMO_ORGANISATIONS) {
      const r = await trx
        .insertInto('organisation')
        .values({
          region_id: region.id,
          name: o.name,
          type: o.type,
          agb_code: o.agb ?? null,
          kvk_number: o.kvk ?? null,
        })
        .onConflict((oc) => oc.columns(['region_id', 'name']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!r) continue;
      created++;
      await trx
        .insertInto('organisation_neighbourhood')
        .values(o.serves.map((c) => ({ organisation_id: r.id, neighbourhood_id: nIds.get(c)! })))
        .execute();
    }
    const oIds = new Map(
      (
        await trx
          .selectFrom('organisation')
          .select(['id', 'name'])
          .where('region_id', '=', region.id)
          .execute()
      ).map((o) => [o.name, o.id]),
    );

    step('accounts');
    for (const a of DEMO_ACCOUNTS) {
      const hash = hashes.get(a.email);
      if (!hash) continue;
      const p = await trx
        .insertInto('person')
        .values({ email: a.email, name: a.name, password_hash: hash })
        .returning('id')
        .executeTakeFirstOrThrow();
      created++;
      const places = a.neighbourhoods?.map((c) => nIds.get(c)!) ?? [null];
      for (const neighbourhoodId of places) {
        await trx
          .insertInto('membership')
          .values({
            person_id: p.id,
            role: a.role,
            discipline: a.discipline ?? null,
            organisation_id: a.organisation ? oIds.get(a.organisation)! : null,
            neighbourhood_id: neighbourhoodId,
          })
          .execute();
      }
    }
    step('teams');
    const people = new Map(
      (await trx.selectFrom('person').select(['id', 'email']).execute()).map((p) => [p.email, p.id]),
    );
    for (const team of DEMO_TEAMS) {
      const r = await trx
        .insertInto('team')
        .values({
          name: team.name,
          organisation_id: oIds.get(team.organisation)!,
          neighbourhood_id: nIds.get(team.neighbourhood)!,
          stream: team.stream,
        })
        .onConflict((oc) => oc.columns(['organisation_id', 'neighbourhood_id', 'stream']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!r) continue;
      created++;
      await trx
        .insertInto('team_member')
        .values(team.members.map((email) => ({ team_id: r.id, person_id: people.get(email)! })))
        .execute();
    }
    step('social map');
    const socialMap = await seedSocialMapDemo(trx, { organisations: oIds });
    // Two overlapping external maps of Bleijerheide with their duplicates (needs the neighbourhoods above).
    // The import opens its own transaction; joinTransaction makes it part of this one.
    step('social map sources');
    await seedSourcesDemo(joinTransaction(trx));
    if (created > 0 || socialMap.services > 0) {
      await writeAudit(trx, {
        action: 'import',
        objectType: 'demo_seed',
        basis: 'system',
        actor: SYSTEM_ACTOR,
      });
    }
    return { created, socialMap };
  });
}
