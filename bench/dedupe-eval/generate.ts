// The labelled evaluation set for duplicate finding: three overlapping social maps made from the real 211
// directory (HSDS 1.x / Ohana CSV), each in that layout with its own ids, as three organisations would
// have described the same offer — organisations renamed (legal forms added or dropped, abbreviations, word
// order), typos, phones and addresses written differently, e-mail, website and phones left out, locations a
// few hundred metres off, and a few records entered twice in one source. truth.json says for every record
// which original it came from. Deterministic (seeded PRNG).
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { SOURCE_211 } from '../search-map.ts';
import { prng, type Random } from './random.ts';

type Rec = Record<string, string>;

export interface TruthRecord {
  source: string;
  kind: 'service' | 'organization';
  /** The record's id in that source's files. */
  id: string;
  /** The original it came from: "service:143903", "organization:139776". */
  truth: string;
}
export interface TruthFile {
  records: TruthRecord[];
}

/** The three sources: name, id prefix, share of the 211 organizations each holds. */
export const EVAL_SOURCES = [
  { name: 'gemeente', prefix: 'G', share: 0.7 },
  { name: 'welzijn', prefix: 'W', share: 0.6 },
  { name: 'gezondheidscentrum', prefix: 'C', share: 0.5 },
] as const;

/** Share of copied organizations (and of services) a source holds twice. */
const WITHIN_SOURCE_DUPLICATES = 0.02;

function readCsv(file: string): Rec[] {
  const { data } = Papa.parse<Rec>(fs.readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return data;
}

function writeCsv(file: string, rows: Rec[], columns: string[]): void {
  fs.writeFileSync(file, Papa.unparse(rows, { columns, newline: '\n' }) + '\n');
}

// ---- variations -------------------------------------------------------------------------------------

/** One or two character edits (substitution, deletion, insertion, swap) in one word of five letters or more. */
function typo(r: Random, s: string): string {
  const words = s.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{5,}$/.test(w));
  if (!long.length) return s;
  const [word, at] = r.pick(long);
  let w = word;
  for (let n = 1 + (r.chance(0.25) ? 1 : 0); n > 0; n--) {
    const i = 1 + r.int(w.length - 2);
    const letter = 'aeinorstl'[r.int(9)]!;
    switch (r.int(4)) {
      case 0:
        w = w.slice(0, i) + letter + w.slice(i + 1);
        break;
      case 1:
        w = w.slice(0, i) + w.slice(i + 1);
        break;
      case 2:
        w = w.slice(0, i) + letter + w.slice(i);
        break;
      default:
        w = w.slice(0, i - 1) + w[i]! + w[i - 1]! + w.slice(i + 1);
    }
  }
  words[at] = w;
  return words.join(' ');
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bDepartment\b/g, 'Dept.'],
  [/\bDept\.?(?=\s|$)/g, 'Department'],
  [/\bCenter\b/g, 'Ctr'],
  [/ and /g, ' & '],
  [/ & /g, ' and '],
  [/\bAssociation\b/g, 'Assoc.'],
  [/\bServices\b/g, 'Svcs'],
  [/\bSaint\b/g, 'St.'],
];
const LEGAL_FORMS_OUT = /,?\s*\b(Inc|L\.?L\.?C|Corp|Ltd)\b\.?/g;

/** An organisation's name as another map would write it. */
function renameOrganization(r: Random, name: string): string {
  let s = name;
  if (LEGAL_FORMS_OUT.test(s) && r.chance(0.5)) s = s.replace(LEGAL_FORMS_OUT, '').trim();
  else if (r.chance(0.35))
    s = r.pick([
      (x: string) => `Stichting ${x}`,
      (x: string) => `${x} B.V.`,
      (x: string) => `St. ${x}`,
      (x: string) => `Vereniging ${x}`,
      (x: string) => `${x} U.A.`,
      (x: string) => `${x}, Inc.`,
    ])(s);
  if (r.chance(0.3)) {
    const applicable = ABBREVIATIONS.filter(([re]) => new RegExp(re.source).test(s));
    if (applicable.length) {
      const [re, to] = r.pick(applicable);
      s = s.replace(re, to);
    }
  }
  // "Baltimore Housing, Our House" → "Our House, Baltimore Housing"
  if (r.chance(0.1) && /^[^,]+, [^,]+$/.test(s) && !new RegExp(LEGAL_FORMS_OUT.source).test(s))
    s = s.split(', ').reverse().join(', ');
  if (r.chance(0.2)) s = typo(r, s);
  if (r.chance(0.05)) s = r.chance(0.5) ? s.toUpperCase() : s.toLowerCase();
  return s;
}

/** A service's name as another map would write it: mostly the same, sometimes a typo or other case. */
function renameService(r: Random, name: string): string {
  let s = name;
  if (r.chance(0.15)) s = typo(r, s);
  if (r.chance(0.1)) {
    const applicable = ABBREVIATIONS.filter(([re]) => new RegExp(re.source).test(s));
    if (applicable.length) {
      const [re, to] = r.pick(applicable);
      s = s.replace(re, to);
    }
  }
  if (r.chance(0.05) && /^[^,]+, [^,]+$/.test(s)) s = s.split(', ').reverse().join(', ');
  if (r.chance(0.05)) s = s.toUpperCase();
  return s;
}

/** "(443) 910-2640" in another of the ways people write it. */
function reformatPhone(r: Random, number: string): string {
  const d = number.replace(/\D/g, '');
  if (d.length !== 10) return number;
  const [a, b, c] = [d.slice(0, 3), d.slice(3, 6), d.slice(6)];
  return r.pick([
    `(${a}) ${b}-${c}`,
    `${a}-${b}-${c}`,
    `${a}.${b}.${c}`,
    `${a} ${b} ${c}`,
    `+1 ${a} ${b} ${c}`,
    `1-${a}-${b}-${c}`,
    d,
  ]);
}

const STREET_FORMS: [RegExp, string][] = [
  [/\bSt\b\.?/g, 'Street'],
  [/\bStreet\b/g, 'St.'],
  [/\bAve\b\.?/g, 'Avenue'],
  [/\bAvenue\b/g, 'Ave'],
  [/\bRd\b\.?/g, 'Road'],
  [/\bRoad\b/g, 'Rd.'],
  [/\bDr\b\.?/g, 'Drive'],
  [/\bBlvd\b\.?/g, 'Boulevard'],
  [/\bN\b\.?/g, 'North'],
  [/\bS\b\.?/g, 'South'],
  [/\bE\b\.?/g, 'East'],
  [/\bW\b\.?/g, 'West'],
];

/** An address line written differently: words spelled out or abbreviated, a unit left out, case. */
function reformatAddress(r: Random, address: string): string {
  let s = address;
  for (const [re, to] of STREET_FORMS)
    if (r.chance(0.5) && new RegExp(re.source).test(s)) s = s.replace(re, to);
  if (r.chance(0.3)) s = s.replace(/\s*(#\s*\w+|,?\s*Suite\s+\w+.*)$/i, '');
  if (r.chance(0.05)) s = s.toUpperCase();
  return s;
}

/** A website as someone else copied it: with or without scheme, www. or trailing slash. */
function reformatWebsite(r: Random, url: string): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  return r.pick([url, `https://${bare}`, `www.${bare}`, bare, `http://www.${bare.replace(/\/$/, '')}/`]);
}

/** Moves a point 100–400 m in a random direction. */
function move(r: Random, lat: string, lon: string): [string, string] {
  const la = Number(lat);
  const lo = Number(lon);
  if (!lat || !lon || !Number.isFinite(la) || !Number.isFinite(lo)) return [lat, lon];
  const d = 100 + r.int(300);
  const angle = r() * 2 * Math.PI;
  const dLat = (d * Math.cos(angle)) / 111_320;
  const dLon = (d * Math.sin(angle)) / (111_320 * Math.cos((la * Math.PI) / 180));
  return [(la + dLat).toFixed(7), (lo + dLon).toFixed(7)];
}

// ---- the sources ------------------------------------------------------------------------------------

interface Original {
  organizations: Rec[];
  locations: Rec[];
  services: Rec[];
  phones: Rec[];
  addresses: Rec[];
}

const COLUMNS = {
  organizations: ['id', 'name', 'alternate_name', 'description', 'email', 'website'],
  locations: ['id', 'organization_id', 'name', 'description', 'latitude', 'longitude', 'virtual'],
  services: [
    'id',
    'location_id',
    'name',
    'alternate_name',
    'description',
    'eligibility',
    'email',
    'fees',
    'application_process',
    'status',
    'website',
  ],
  phones: [
    'id',
    'location_id',
    'organization_id',
    'service_id',
    'number',
    'extension',
    'department',
    'number_type',
  ],
  addresses: [
    'id',
    'location_id',
    'address_1',
    'address_2',
    'city',
    'state_province',
    'postal_code',
    'country',
  ],
};

function readOriginal(dir: string): Original {
  const read = (name: string) => readCsv(path.join(dir, `${name}.csv`));
  return {
    organizations: read('organizations'),
    locations: read('locations'),
    services: read('services'),
    phones: read('phones'),
    addresses: read('addresses'),
  };
}

function group(rows: Rec[], column: string): Map<string, Rec[]> {
  const m = new Map<string, Rec[]>();
  for (const row of rows) {
    const k = row[column]?.trim();
    if (!k) continue;
    const list = m.get(k);
    if (list) list.push(row);
    else m.set(k, [row]);
  }
  return m;
}

/** Builds one source: which organizations it holds, and every record of them with variations. */
function buildSource(
  r: Random,
  o: Original,
  source: (typeof EVAL_SOURCES)[number],
  truth: TruthRecord[],
): Record<keyof typeof COLUMNS, Rec[]> {
  const out: Record<keyof typeof COLUMNS, Rec[]> = {
    organizations: [],
    locations: [],
    services: [],
    phones: [],
    addresses: [],
  };
  const locationsOf = group(o.locations, 'organization_id');
  const servicesAt = group(o.services, 'location_id');
  const addressesOf = group(o.addresses, 'location_id');
  const phonesOfService = group(o.phones, 'service_id');
  const orgPhones = group(
    o.phones.filter((p) => !p.service_id?.trim() && !p.location_id?.trim()),
    'organization_id',
  );
  // The one service without a location belongs to its phones' organization.
  const servicesOfOrg = new Map<string, Rec[]>();
  const orgOfLocation = new Map(o.locations.map((l) => [l.id!, l.organization_id!]));
  for (const s of o.services) {
    const org = s.location_id?.trim()
      ? orgOfLocation.get(s.location_id.trim())
      : phonesOfService.get(s.id!)?.[0]?.organization_id;
    if (!org || s.location_id?.trim()) continue;
    const list = servicesOfOrg.get(org) ?? [];
    list.push(s);
    servicesOfOrg.set(org, list);
  }

  let n = 0;
  const newId = (kind: string) => `${source.prefix}-${kind}-${++n}`;
  const dropEmail = 0.2;
  const dropWebsite = 0.2;
  const dropPhone = 0.1;

  const copyPhone = (p: Rec, ids: { location?: string; organization: string; service?: string }) => {
    if (r.chance(dropPhone)) return;
    out.phones.push({
      id: newId('P'),
      location_id: ids.location ?? '',
      organization_id: ids.organization,
      service_id: ids.service ?? '',
      number: reformatPhone(r, p.number ?? ''),
      extension: p.extension ?? '',
      department: p.department ?? '',
      number_type: p.number_type ?? '',
    });
  };

  const copyService = (s: Rec, orgId: string, locationId: string) => {
    const id = newId('S');
    truth.push({ source: source.name, kind: 'service', id, truth: `service:${s.id}` });
    out.services.push({
      id,
      location_id: locationId,
      name: renameService(r, s.name ?? ''),
      alternate_name: s.alternate_name ?? '',
      description: s.description ?? '',
      eligibility: s.eligibility ?? '',
      email: r.chance(dropEmail) ? '' : r.chance(0.1) ? (s.email ?? '').toUpperCase() : (s.email ?? ''),
      fees: s.fees ?? '',
      application_process: s.application_process ?? '',
      status: s.status ?? 'active',
      website: s.website ? reformatWebsite(r, s.website) : '',
    });
    for (const p of phonesOfService.get(s.id!) ?? [])
      copyPhone(p, { organization: orgId, service: id, ...(locationId && { location: locationId }) });
  };

  const copyLocation = (l: Rec, orgId: string): string => {
    const id = newId('L');
    const [latitude, longitude] = r.chance(0.15)
      ? move(r, l.latitude ?? '', l.longitude ?? '')
      : [l.latitude ?? '', l.longitude ?? ''];
    const noPoint = r.chance(0.05);
    out.locations.push({
      id,
      organization_id: orgId,
      name: l.name ?? '',
      description: '',
      latitude: noPoint ? '' : latitude,
      longitude: noPoint ? '' : longitude,
      virtual: l.virtual ?? '',
    });
    for (const a of addressesOf.get(l.id!) ?? []) {
      out.addresses.push({
        id: newId('A'),
        location_id: id,
        address_1: reformatAddress(r, a.address_1 ?? ''),
        address_2: a.address_2 ?? '',
        city: r.chance(0.1) ? (a.city ?? '').toUpperCase() : (a.city ?? ''),
        state_province: a.state_province ?? '',
        postal_code:
          r.chance(0.2) && /^\d{5}$/.test(a.postal_code ?? '')
            ? `${a.postal_code}-0000`
            : (a.postal_code ?? ''),
        country: a.country ?? '',
      });
    }
    return id;
  };

  const copyOrganization = (org: Rec, withServices: boolean): void => {
    const id = newId('O');
    truth.push({ source: source.name, kind: 'organization', id, truth: `organization:${org.id}` });
    out.organizations.push({
      id,
      name: renameOrganization(r, org.name ?? ''),
      alternate_name: org.alternate_name ?? '',
      description: org.description ?? '',
      email: r.chance(dropEmail) ? '' : (org.email ?? ''),
      website: org.website && !r.chance(dropWebsite) ? reformatWebsite(r, org.website) : '',
    });
    for (const p of orgPhones.get(org.id!) ?? []) copyPhone(p, { organization: id });
    for (const l of locationsOf.get(org.id!) ?? []) {
      const locationId = copyLocation(l, id);
      // An organization entered twice in one source brings its first place, not its services again.
      if (!withServices) break;
      for (const s of servicesAt.get(l.id!) ?? []) {
        copyService(s, id, locationId);
        if (r.chance(WITHIN_SOURCE_DUPLICATES)) copyService(s, id, locationId);
      }
    }
    if (withServices) for (const s of servicesOfOrg.get(org.id!) ?? []) copyService(s, id, '');
  };

  for (const org of o.organizations) {
    if (!r.chance(source.share)) continue;
    copyOrganization(org, true);
    if (r.chance(WITHIN_SOURCE_DUPLICATES)) copyOrganization(org, false);
  }
  return out;
}

/**
 * Writes the three sources as Ohana-layout directories under `outDir` and truth.json beside them.
 */
export async function generateEvalSources(
  outDir: string,
  opts: { seed?: number; from?: string } = {},
): Promise<{ dirs: Record<string, string>; truthFile: string }> {
  const original = readOriginal(opts.from ?? SOURCE_211);
  const r = prng(opts.seed ?? 20_261_123);
  const truth: TruthRecord[] = [];
  const dirs: Record<string, string> = {};
  for (const source of EVAL_SOURCES) {
    const tables = buildSource(r, original, source, truth);
    const dir = path.join(outDir, source.name);
    await fs.promises.mkdir(dir, { recursive: true });
    for (const [table, columns] of Object.entries(COLUMNS))
      writeCsv(path.join(dir, `${table}.csv`), tables[table as keyof typeof COLUMNS], columns);
    dirs[source.name] = dir;
  }
  const truthFile = path.join(outDir, 'truth.json');
  const file: TruthFile = { records: truth };
  await fs.promises.writeFile(truthFile, JSON.stringify(file, null, 1));
  return { dirs, truthFile };
}
