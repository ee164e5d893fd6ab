// Kysely types of the social map's reference tables (migrations/0003_social_map_reference.ts is the truth).
export interface SocialMapReferenceTables {
  /** Dutch four-digit postcodes with a centroid, for distance from a postcode. */
  sm_postcode: { pc4: string; place: string; latitude: number; longitude: number };
}
