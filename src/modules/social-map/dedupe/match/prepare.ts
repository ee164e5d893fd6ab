// A record as the matcher uses it: every field normalised once, before any pair is looked at.
import * as fuzz from 'fuzzball';
import type { SourceSnapshot } from '../snapshot.ts';
import {
  emailDomain,
  isDutchPostcode,
  nameTokens,
  normalizeAddress,
  normalizeEmail,
  normalizeName,
  normalizePostcode,
  normalizeWebsite,
  phoneKey,
  type StreetAddress,
} from './normalize.ts';

export interface MatchRecord extends SourceSnapshot {
  /** Unique within one call ("source/kind/id"); pairs name their records by it. */
  key: string;
  source: string;
}

export interface Prepared {
  record: MatchRecord;
  /** Name tokens sorted and joined: comparing these is token_sort_ratio. */
  name: string;
  tokens: string[];
  /** The name's words in their own order without spaces ("inloopspreekuur" for "Inloop spreekuur"). */
  compact: string;
  alternate: string | null;
  /** Services: the name without the words of their organization's name (what tells a service apart from
   * the organization's other services), or null when nothing is left or nothing was taken away. */
  own: string | null;
  organization: string | null;
  address: StreetAddress | null;
  postcode: string | null;
  dutchPostcode: boolean;
  phones: string[];
  email: string | null;
  emailDomain: string | null;
  website: string | null;
  /** Metres east and north on a local equirectangular projection, for distance and grid cells. */
  x: number | null;
  y: number | null;
}

const METRES_PER_DEGREE = 111_320;
const RAW = { full_process: false } as const;

export function prepare(record: MatchRecord): Prepared {
  const words = nameTokens(record.name);
  const tokens = [...new Set(words)].sort();
  const name = tokens.join(' ');
  const organization = record.organization_name ? normalizeName(record.organization_name) : null;
  let own: string | null = null;
  if (record.kind === 'service' && organization) {
    const orgTokens = organization.split(' ');
    // A word of the organization's name with a typo is still the organization's.
    const ofOrganization = (t: string) =>
      orgTokens.includes(t) ||
      (t.length >= 5 &&
        orgTokens.some(
          (o) => o.length >= 5 && Math.abs(o.length - t.length) <= 2 && fuzz.ratio(t, o, RAW) >= 80,
        ));
    const rest = tokens.filter((t) => !ofOrganization(t));
    if (rest.length && rest.length < tokens.length) own = rest.join(' ');
  }
  const address = record.address_1 ? normalizeAddress(record.address_1) : null;
  const postcode = record.postal_code ? normalizePostcode(record.postal_code) || null : null;
  const phones = [
    ...new Set(record.phones.map(phoneKey).filter((p): p is string => p !== null && p.length >= 6)),
  ];
  const email = record.email ? normalizeEmail(record.email) : null;
  const hasPoint =
    record.latitude !== null &&
    record.longitude !== null &&
    Math.abs(record.latitude) <= 90 &&
    Math.abs(record.longitude) <= 180 &&
    !(record.latitude === 0 && record.longitude === 0);
  return {
    record,
    name,
    tokens,
    compact: words.join(''),
    alternate: record.alternate_name ? normalizeName(record.alternate_name) || null : null,
    own,
    organization: organization || null,
    address: address && (address.street || address.number) ? address : null,
    postcode,
    dutchPostcode: postcode !== null && isDutchPostcode(postcode),
    phones,
    email,
    emailDomain: email ? emailDomain(email) : null,
    website: record.url ? normalizeWebsite(record.url) : null,
    x: hasPoint ? record.longitude! * METRES_PER_DEGREE * Math.cos((record.latitude! * Math.PI) / 180) : null,
    y: hasPoint ? record.latitude! * METRES_PER_DEGREE : null,
  };
}
