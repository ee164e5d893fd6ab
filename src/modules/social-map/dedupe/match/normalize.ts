// Dutch normalisation of what the matcher compares: names without legal forms and fillers (word order
// does not count), street addresses split into street, house number and addition, postcodes, phone numbers
// (libphonenumber-js, default country NL), website domains and e-mail addresses.
import * as fuzz from 'fuzzball';
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Lowercase, accents stripped (NFD), ß/æ/ø spelled out. */
export function fold(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o');
}

// Legal forms and filler words: they tell nothing about which organisation a record is. Dotted forms are
// removed before punctuation goes, so "b.v." and "st." are recognised; undotted ones are dropped as tokens.
const DOTTED_FILLERS =
  /(^|[\s,(])(b\.\s?v\.?|n\.\s?v\.?|v\.\s?o\.\s?f\.?|u\.\s?a\.?|st\.|ver\.|l\.\s?l\.\s?c\.?|inc\.|corp\.|ltd\.|co\.)(?=\s|,|\)|$)/g;
const FILLERS = new Set([
  'stichting',
  'st',
  'stg',
  'bv',
  'nv',
  'vof',
  'ua',
  'vereniging',
  'ver',
  'cooperatie',
  'cooperatieve',
  'inc',
  'llc',
  'corp',
  'corporation',
  'ltd',
  'incorporated',
]);

// Long legal forms are misspelt too ("Stichitng", "Verenging"): a word this close to one is dropped.
const LONG_LEGAL_FORMS = ['stichting', 'vereniging', 'cooperatie', 'corporation', 'incorporated'];
const isMisspeltLegalForm = (word: string): boolean =>
  word.length >= 8 &&
  LONG_LEGAL_FORMS.some(
    (f) =>
      (word[0] === f[0] || word[1] === f[0]) &&
      Math.abs(f.length - word.length) <= 2 &&
      fuzz.ratio(word, f, { full_process: false }) >= 85,
  );

// Words written in more than one way that mean the same: one token each.
const SYNONYMS: Record<string, string> = {
  gc: 'gezondheidscentrum',
  gezondheidscentra: 'gezondheidscentrum',
  huisartspraktijk: 'huisartsenpraktijk',
  hap: 'huisartsenpost',
  '&': 'en',
  and: 'en',
  dept: 'department',
  ctr: 'center',
  centre: 'center',
  assoc: 'association',
  svc: 'services',
  svcs: 'services',
};

/** The tokens of a name: folded, punctuation gone, legal forms and fillers dropped, synonyms unified. */
export function nameTokens(name: string): string[] {
  let tokens = tokenCache.get(name);
  if (tokens === undefined) {
    tokens = tokenize(name);
    if (tokenCache.size > 200_000) tokenCache.clear();
    tokenCache.set(name, tokens);
  }
  return [...tokens];
}

// Many services share a name ("Inloopspreekuur").
const tokenCache = new Map<string, readonly string[]>();

function tokenize(name: string): string[] {
  const s = fold(name).replace(/&/g, ' en ').replace(DOTTED_FILLERS, '$1 ');
  const out: string[] = [];
  for (const raw of s.split(/[^a-z0-9]+/)) {
    if (!raw || FILLERS.has(raw) || isMisspeltLegalForm(raw)) continue;
    out.push(SYNONYMS[raw] ?? raw);
  }
  return out;
}

/** A name for comparison: its tokens sorted, so word order does not count. */
export function normalizeName(name: string): string {
  let n = nameCache.get(name);
  if (n === undefined) {
    n = [...new Set(nameTokens(name))].sort().join(' ');
    if (nameCache.size > 200_000) nameCache.clear();
    nameCache.set(name, n);
  }
  return n;
}

// Organization names come back with every service of the organization.
const nameCache = new Map<string, string>();

// Street-name abbreviations: as a whole word ("str." / "ln") or as the end of a compound ("Hoofdstr.").
const STREET_SUFFIXES: [RegExp, string][] = [
  [/str\.?$/, 'straat'],
  [/ln\.?$/, 'laan'],
  [/pl\.?$/, 'plein'],
  [/wg\.?$/, 'weg'],
  [/sngl\.?$/, 'singel'],
  [/gr\.$/, 'gracht'],
  [/grt\.?$/, 'gracht'],
  [/kd\.?$/, 'kade'],
  [/dk\.?$/, 'dijk'],
  [/pln\.?$/, 'plein'],
];
// English street words (the 211 test data is American).
const STREET_WORDS: Record<string, string> = {
  st: 'street',
  str: 'straat',
  ave: 'avenue',
  av: 'avenue',
  rd: 'road',
  dr: 'drive',
  blvd: 'boulevard',
  ln: 'lane',
  ct: 'court',
  pl: 'place',
  hwy: 'highway',
  pkwy: 'parkway',
  sq: 'square',
  ter: 'terrace',
  n: 'north',
  s: 'south',
  e: 'east',
  w: 'west',
  ne: 'northeast',
  nw: 'northwest',
  se: 'southeast',
  sw: 'southwest',
  mt: 'mount',
  ste: 'suite',
  gr: 'gracht',
  fl: 'floor',
  apt: 'apartment',
};
// Parts after these words are a unit within the building, not the address.
const UNIT_WORDS = new Set(['suite', 'floor', 'apartment', 'room', 'unit', 'bus']);

export interface StreetAddress {
  /** Street name, folded and with abbreviations spelled out ("hoofdstraat"). */
  street: string;
  /** House number without addition ("12"), or null. */
  number: string | null;
  /** Addition in lowercase ("a" for 12a, 12 A, 12-A), or null. */
  addition: string | null;
}

/** Splits "Hoofdstr. 12a" / "Hoofdstraat 12 A" / "4402 White Oak Ave" into street, number and addition. */
export function normalizeAddress(address: string): StreetAddress {
  let a = addressCache.get(address);
  if (a === undefined) {
    a = splitAddress(address);
    if (addressCache.size > 200_000) addressCache.clear();
    addressCache.set(address, a);
  }
  return a;
}

// The services at one location share its address.
const addressCache = new Map<string, StreetAddress>();

function splitAddress(address: string): StreetAddress {
  // A unit ("Suite 32", "2nd floor") after a comma or the unit word is dropped.
  const words = fold(address)
    .replace(/(\d)\s*-\s*([a-z0-9]{1,3})\b/g, '$1 $2')
    .replace(/(\d)([a-z]{1,2})\b/g, '$1 $2')
    .split(/[\s,]+/)
    .filter(Boolean);
  const street: string[] = [];
  let number: string | null = null;
  let addition: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    if (raw.startsWith('#')) break;
    const bare = raw.replace(/[^a-z0-9]/g, '');
    if (!bare) continue;
    const word = STREET_WORDS[bare] ?? bare;
    if (UNIT_WORDS.has(word)) break;
    if (number === null && /^\d+$/.test(bare)) {
      number = String(Number(bare));
      // Dutch: an addition follows the number ("12 a", "12 bis", "12 2"), and nothing else does.
      const next = words[i + 1]?.replace(/[^a-z0-9]/g, '');
      const numberLast = street.length > 0;
      if (
        next &&
        numberLast &&
        (/^[a-z]{1,3}$/.test(next) || /^\d{1,3}$/.test(next)) &&
        i + 2 >= words.length
      ) {
        addition = next;
        i++;
      }
      continue;
    }
    let w = word;
    if (w === bare)
      for (const [re, full] of STREET_SUFFIXES) {
        const candidate = raw.replace(/[^a-z.]/g, '');
        if (re.test(candidate) && candidate.replace(re, '').length >= 2) {
          w = candidate.replace(re, full);
          break;
        }
      }
    street.push(w);
  }
  return { street: street.join(' '), number, addition };
}

/** "6461 ab" → "6461AB"; an American ZIP+4 → its five digits; anything else in capitals without spaces. */
export function normalizePostcode(postcode: string): string {
  const s = fold(postcode)
    .replace(/[^a-z0-9]/g, '')
    .toUpperCase();
  const us = /^(\d{5})(\d{4})?$/.exec(s);
  return us ? us[1]! : s;
}

/** A Dutch postcode (4 digits, 2 letters) after normalisation: a block of one street side. */
export const isDutchPostcode = (pc: string): boolean => /^[1-9]\d{3}[A-Z]{2}$/.test(pc);

const phoneCache = new Map<string, string | null>();

/**
 * A phone number in E.164 ("+31451234567") when libphonenumber-js parses it as valid with default country
 * NL, else its plain digits (American numbers without country code, short numbers). An extension is dropped.
 */
export function normalizePhone(raw: string): string | null {
  const hit = phoneCache.get(raw);
  if (hit !== undefined) return hit;
  const main = raw.split(/\s*(?:ext\.?|x|toestel|tst\.?|#)\s*\d+\s*$/i)[0] ?? raw;
  const parsed = parsePhoneNumberFromString(main, 'NL');
  let out: string | null;
  if (parsed?.isValid()) out = parsed.number;
  else {
    const digits = main.replace(/\D/g, '');
    out = digits.length >= 6 ? digits : null;
  }
  if (phoneCache.size > 500_000) phoneCache.clear();
  phoneCache.set(raw, out);
  return out;
}

/**
 * What two phone numbers must share to be the same line: the last nine digits (the Dutch subscriber number
 * with area code; for other countries almost always unique too), so "+1 443 910 2640" and "(443) 910-2640"
 * agree although only one carries its country code.
 */
export function phoneKey(raw: string): string | null {
  // A Dutch number in national format ("045-123 45 67") has its key in plain sight: no parsing needed.
  const plain = raw.replace(/[\s().-]/g, '');
  if (plain.length === 10 && plain.charCodeAt(0) === 48 && /^0[1-9]\d{8}$/.test(plain)) return plain.slice(1);
  const n = normalizePhone(raw);
  return n === null ? null : n.replace(/\D/g, '').slice(-9);
}

// Hosts where a path, not the domain, names the organisation.
const SHARED_HOSTS = new Set([
  'facebook.com',
  'instagram.com',
  'linkedin.com',
  'twitter.com',
  'x.com',
  'sites.google.com',
  'google.com',
  'wordpress.com',
  'blogspot.com',
  'wixsite.com',
  'socialekaartnederland.nl',
]);

/** A website's domain without scheme, "www.", port or path ("https://www.x.nl/a" → "x.nl"). */
export function normalizeWebsite(url: string): string | null {
  const s = fold(url.trim()).replace(/^[a-z]+:\/\//, '');
  const [hostPort = '', ...path] = s.split(/[/?#]/);
  const host = hostPort
    .replace(/:\d+$/, '')
    .replace(/^www\d?\./, '')
    .replace(/\.$/, '');
  if (!host.includes('.')) return null;
  if (SHARED_HOSTS.has(host) && path[0]) return `${host}/${path[0]}`;
  return host;
}

/** An e-mail address in lowercase (no "mailto:"), or null when it is not one. */
export function normalizeEmail(email: string): string | null {
  const s = email
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, '');
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s) ? s : null;
}

// Mail providers many unrelated organisations use: their domain says nothing about who writes.
const GENERIC_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.nl',
  'outlook.com',
  'outlook.nl',
  'live.com',
  'live.nl',
  'msn.com',
  'icloud.com',
  'me.com',
  'ziggo.nl',
  'kpnmail.nl',
  'kpnplanet.nl',
  'planet.nl',
  'home.nl',
  'hetnet.nl',
  'xs4all.nl',
  'chello.nl',
  'casema.nl',
  'upcmail.nl',
  'quicknet.nl',
  'zeelandnet.nl',
  'telfort.nl',
  'online.nl',
  'tele2.nl',
  'yahoo.com',
  'yahoo.nl',
  'ymail.com',
  'aol.com',
  'comcast.net',
  'verizon.net',
  'att.net',
  'msn.nl',
  'protonmail.com',
  'proton.me',
]);

/** The domain of an e-mail address when it names an organisation, not a generic mail provider. */
export function emailDomain(email: string): string | null {
  const d = email.slice(email.lastIndexOf('@') + 1);
  return d && !GENERIC_MAIL.has(d) ? d : null;
}
