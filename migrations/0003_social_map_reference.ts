// Reference data of the social map that every installation ships with: the Dutch four-digit postcodes
// with a centroid (distance from a postcode) and the Dutch taxonomy (docs/hsds-nl-profile.md). The files
// it reads are frozen with this migration; later changes come as new migrations.
import fs from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { TAXONOMIES_0003, TERMS_0003 } from '../src/modules/social-map/reference/taxonomy-0003.ts';

const PC4_CSV = new URL('../src/modules/social-map/reference/nl_pc4_centroids.csv', import.meta.url);

interface Pc4Row {
  pc4: string;
  place: string;
  latitude: number;
  longitude: number;
}

/** One row per PC4: the first place name in file order, the average of the coordinates. */
function readPostcodes(): Pc4Row[] {
  const [header, ...lines] = fs.readFileSync(PC4_CSV, 'utf8').split(/\r?\n/).filter(Boolean);
  const cols = header!.split(',');
  const at = (name: string) => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`nl_pc4_centroids.csv has no column ${name}`);
    return i;
  };
  const [iName, iPc4, iLat, iLon] = [at('NAME'), at('ZCTA5'), at('LAT'), at('LON')];
  const byPc4 = new Map<string, { place: string; lat: number[]; lon: number[] }>();
  for (const line of lines) {
    const f = line.split(',');
    const pc4 = f[iPc4]!;
    const lat = Number(f[iLat]);
    const lon = Number(f[iLon]);
    if (!/^[1-9][0-9]{3}$/.test(pc4) || !Number.isFinite(lat) || !Number.isFinite(lon))
      throw new Error(`nl_pc4_centroids.csv: bad row ${line}`);
    const entry = byPc4.get(pc4) ?? { place: f[iName]!, lat: [], lon: [] };
    entry.lat.push(lat);
    entry.lon.push(lon);
    byPc4.set(pc4, entry);
  }
  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1e6) / 1e6;
  return [...byPc4].map(([pc4, e]) => ({
    pc4,
    place: e.place,
    latitude: mean(e.lat),
    longitude: mean(e.lon),
  }));
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE sm_postcode (
      pc4 text PRIMARY KEY CHECK (pc4 ~ '^[1-9][0-9]{3}$'),
      place text NOT NULL,
      latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
      longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180)
    )
  `.execute(db);
  // One statement for all rows: fast on PGlite as on PostgreSQL.
  await sql`INSERT INTO sm_postcode (pc4, place, latitude, longitude)
    SELECT pc4, place, latitude, longitude
    FROM json_populate_recordset(null::sm_postcode, ${JSON.stringify(readPostcodes())}::json)`.execute(db);

  await sql`INSERT INTO sm_taxonomy (id, name, description, version)
    SELECT id, name, description, '2026.1'
    FROM json_populate_recordset(null::sm_taxonomy, ${JSON.stringify(TAXONOMIES_0003)}::json)`.execute(db);
  const taxonomyOf = new Map(TAXONOMIES_0003.map((t) => [t.key, t]));
  const idOf = new Map(TERMS_0003.map((t) => [t.code, t.id]));
  const terms = TERMS_0003.map((t) => ({
    id: t.id,
    code: t.code,
    name: t.name,
    description: t.description,
    parent_id: t.parent ? idOf.get(t.parent)! : null,
    taxonomy: taxonomyOf.get(t.taxonomy)!.name,
    taxonomy_id: taxonomyOf.get(t.taxonomy)!.id,
    language: 'nl',
  }));
  await sql`INSERT INTO sm_taxonomy_term (id, code, name, description, parent_id, taxonomy, taxonomy_id, language)
    SELECT id, code, name, description, parent_id, taxonomy, taxonomy_id, language
    FROM json_populate_recordset(null::sm_taxonomy_term, ${JSON.stringify(terms)}::json)`.execute(db);
}
