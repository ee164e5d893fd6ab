// Two external social maps of Bleijerheide for the demo, invented: the municipality's and the welfare
// organisation's. They overlap the way real ones do — the same offers with a legal form left out, a phone
// number written differently, a street abbreviated, a typo — so the demo shows merged entries, a review
// queue and a conflict report. Imported as sources through the real import, then duplicate finding runs.
// Idempotent: the same files give the same records, and decided pairs stay decided.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR } from '../../../server/auth/actor.ts';
import type { DB } from '../../../server/db/schema.ts';
import { runDedupe } from '../dedupe/run.ts';
import { importHsds } from '../import/index.ts';
import { WIJKEN } from './places.ts';

interface Offer {
  id: string;
  name: string;
  description: string;
  email?: string;
  street: string;
  postcode: string;
}

const location = (id: string, o: Offer, lat: number, lon: number) => ({
  id: `${id}-sal`,
  location: {
    id: `${id}-loc`,
    name: o.street.replace(/\s*\d.*$/, ''),
    location_type: 'physical',
    latitude: lat,
    longitude: lon,
    addresses: [
      {
        id: `${id}-adr`,
        address_1: o.street,
        city: 'Kerkrade',
        postal_code: o.postcode,
        country: 'NL',
        address_type: 'physical',
      },
    ],
  },
});

function map(
  organization: { id: string; name: string; phone: string; website: string; email: string },
  offers: Offer[],
  assured: string,
) {
  const org = {
    id: organization.id,
    name: organization.name,
    description: 'Sport en bewegen in de buurt, samen met vrijwilligers.',
    website: organization.website,
    email: organization.email,
    phones: [{ id: `${organization.id}-tel`, number: organization.phone }],
  };
  return offers.map((o, i) => ({
    id: o.id,
    name: o.name,
    description: o.description,
    status: 'active',
    assured_date: assured,
    ...(o.email && { email: o.email }),
    organization: org,
    service_at_locations: [location(o.id, o, 50.8712 + i * 0.0004, 6.0855 + i * 0.0003)],
  }));
}

export const DEMO_SOURCES = {
  gemeente: 'Sociale kaart gemeente Kerkrade',
  welzijn: 'Wijkgids Welzijn Kerkrade',
} as const;

const OWNERS: Record<string, { owner: string; contact: string; days: number }> = {
  [DEMO_SOURCES.gemeente]: {
    owner: 'Gemeente Kerkrade, team Sociaal Domein',
    contact: 'socialekaart@kerkrade.example.nl',
    days: 90,
  },
  [DEMO_SOURCES.welzijn]: {
    owner: 'Welzijn Kerkrade',
    contact: 'wijkgids@welzijnkerkrade.example.nl',
    days: 30,
  },
};

function gemeente() {
  return map(
    {
      id: 'gk-buurtsport',
      name: 'Stichting Buurtsport Kerkrade',
      phone: '045-5670011',
      website: 'https://www.buurtsportkerkrade.example.nl',
      email: 'info@buurtsportkerkrade.example.nl',
    },
    [
      {
        id: 'gk-101',
        name: 'Wandelvoetbal voor 60-plussers',
        description: 'Voetballen zonder rennen, voor mannen en vrouwen vanaf 60 jaar.',
        email: 'wandelvoetbal@buurtsportkerkrade.example.nl',
        street: 'Heiveldstraat 40',
        postcode: '6461 AB',
      },
      {
        id: 'gk-102',
        name: 'Beweegtuin Bleijerheide: buitentraining',
        description: 'Samen oefenen in de beweegtuin, onder begeleiding van een buurtsportcoach.',
        street: 'Kloosterweg 18',
        postcode: '6461 AC',
      },
      {
        id: 'gk-103',
        name: "Jeu de boules op 't Pleintje",
        description: 'Elke week jeu de boules spelen op het plein, ook voor beginners.',
        email: 'jeudeboules@buurtsportkerkrade.example.nl',
        street: 'Pleinstraat 2',
        postcode: '6461 AD',
      },
      {
        id: 'gk-104',
        name: 'Schuldhulp-inloop op dinsdag',
        description: 'Vragen over geld en rekeningen? Kom langs, zonder afspraak.',
        street: 'Heiveldstraat 12',
        postcode: '6461 AB',
      },
    ],
    '2026-06-01',
  );
}

function welzijn() {
  return map(
    {
      id: 'wk-7',
      name: 'Buurtsport Kerkrade',
      phone: '+31 45 567 00 11',
      website: 'http://buurtsportkerkrade.example.nl/',
      email: 'info@buurtsportkerkrade.example.nl',
    },
    [
      {
        id: 'wk-7-1',
        name: 'Wandelvoetbal voor 60 plussers',
        description: 'Voetballen zonder rennen, voor mannen en vrouwen vanaf 60 jaar.',
        email: 'wandelvoetbal@buurtsportkerkrade.example.nl',
        street: 'Heiveldstr. 40',
        postcode: '6461AB',
      },
      {
        id: 'wk-7-2',
        name: 'Buitentraining in de beweegtuin',
        description: 'Samen oefenen in de beweegtuin, onder begeleiding van een buurtsportcoach.',
        street: 'Kloosterweg 18',
        postcode: '6461AC',
      },
      {
        id: 'wk-7-3',
        name: 'Jeu-de-boules Pleintje',
        description: 'Jeu de boules voor iedereen die het wil leren.',
        email: 'boules@welzijnkerkrade.example.nl',
        street: 'Pleinstr. 2',
        postcode: '6461AD',
      },
      {
        id: 'wk-7-4',
        name: 'Kookclub voor mannen',
        description: 'Samen koken en eten, elke donderdagavond.',
        street: 'Heiveldstraat 12',
        postcode: '6461AB',
      },
    ],
    '2026-09-15',
  );
}

/** Imports the two demo sources into Bleijerheide and finds their duplicates. */
export async function seedSourcesDemo(db: Kysely<DB>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkpunt-demo-sources-'));
  try {
    for (const [name, records] of [
      [DEMO_SOURCES.gemeente, gemeente()],
      [DEMO_SOURCES.welzijn, welzijn()],
    ] as const) {
      const file = path.join(dir, `${name}.json`);
      fs.writeFileSync(file, JSON.stringify(records));
      const report = await importHsds({
        db,
        path: file,
        source: name,
        neighbourhood: WIJKEN.B.cbsCode,
        basis: 'system',
        actor: SYSTEM_ACTOR,
      });
      if (report.refused.length)
        throw new Error(`demo source ${name} refused: ${JSON.stringify(report.refused[0])}`);
      const o = OWNERS[name]!;
      await db
        .updateTable('sm_source')
        .set({ owner: o.owner, contact: o.contact, format: 'HSDS 3.0 JSON', refresh_interval_days: o.days })
        .where('name', '=', name)
        .where('owner', 'is', null)
        .execute();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  await runDedupe({ db, actor: SYSTEM_ACTOR });
}
