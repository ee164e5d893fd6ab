// Dutch postcodes: '3511', '3511AB', '3511 ab' resolve through their four digits (PC4) to a centroid.
import type { Kysely } from 'kysely';
import type { DB } from '../../../server/db/schema.ts';

export interface Pc4Centroid {
  pc4: string;
  place: string;
  latitude: number;
  longitude: number;
}

const POSTCODE = /^([1-9][0-9]{3})(?:\s*([A-Z]{2}))?$/;

/** The PC4 of a Dutch postcode written in any usual way, or null when it is not one. */
export function pc4Of(input: string): string | null {
  const m = POSTCODE.exec(input.trim().toUpperCase());
  return m ? m[1]! : null;
}

/** The centroid of the postcode's PC4, or null for input that is no postcode or an unknown PC4. */
export async function resolvePostcode(db: Kysely<DB>, input: string): Promise<Pc4Centroid | null> {
  const pc4 = pc4Of(input);
  if (!pc4) return null;
  const row = await db
    .selectFrom('sm_postcode')
    .select(['pc4', 'place', 'latitude', 'longitude'])
    .where('pc4', '=', pc4)
    .executeTakeFirst();
  return row ?? null;
}
