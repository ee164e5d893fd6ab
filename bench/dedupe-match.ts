// How fast the duplicate matcher is on a large map: 100,000 services built from the 211 directory's
// snapshots, spread over Dutch towns with Dutch-looking names, postcodes and phone numbers (many share words
// such as "spreekuur" and a town), with one copy in ten of a service a near-duplicate of it. Run by hand:
//   npx tsx bench/dedupe-match.ts [count]
// Deterministic (a seeded PRNG), so runs compare.
import { readHsds } from '../src/modules/social-map/import/index.ts';
import { snapshotBatch, type SourceSnapshot } from '../src/modules/social-map/dedupe/snapshot.ts';
import {
  DEFAULT_THRESHOLDS,
  findDuplicatePairs,
  type MatchRecord,
} from '../src/modules/social-map/dedupe/match/index.ts';
import { SOURCE_211 } from './search-map.ts';
import { prng } from './dedupe-eval/random.ts';

const TOWNS: [string, number, number, number][] = [
  // name, PC4 of its centre, latitude, longitude
  ['Kerkrade', 6461, 50.8656, 6.0625],
  ['Heerlen', 6411, 50.8882, 5.9795],
  ['Landgraaf', 6371, 50.9036, 6.0283],
  ['Maastricht', 6211, 50.8514, 5.691],
  ['Sittard', 6131, 50.9983, 5.8692],
  ['Venlo', 5911, 51.3704, 6.1724],
  ['Roermond', 6041, 51.1942, 5.9875],
  ['Eindhoven', 5611, 51.4416, 5.4697],
  ['Tilburg', 5038, 51.5555, 5.0913],
  ['Breda', 4811, 51.5719, 4.7683],
  ['Utrecht', 3511, 52.0907, 5.1214],
  ['Amersfoort', 3811, 52.1561, 5.3878],
  ['Zwolle', 8011, 52.5168, 6.083],
  ['Groningen', 9711, 53.2194, 6.5665],
  ['Leeuwarden', 8911, 53.2012, 5.7999],
  ['Arnhem', 6811, 51.9851, 5.8987],
  ['Nijmegen', 6511, 51.8126, 5.8372],
  ['Enschede', 7511, 52.2215, 6.8937],
  ['Den Haag', 2511, 52.0705, 4.3007],
  ['Leiden', 2311, 52.1601, 4.497],
  ['Haarlem', 2011, 52.3874, 4.6462],
  ['Almere', 1315, 52.3508, 5.2647],
  ['Rotterdam', 3011, 51.9244, 4.4777],
  ['Dordrecht', 3311, 51.8133, 4.6901],
  ['Amsterdam', 1012, 52.3676, 4.9041],
  ['Zaandam', 1506, 52.4389, 4.8264],
  ['Alkmaar', 1811, 52.6324, 4.7534],
  ['Deventer', 7411, 52.2551, 6.1639],
  ['Apeldoorn', 7311, 52.2112, 5.9699],
  ['Den Bosch', 5211, 51.6978, 5.3037],
];
const KINDS = [
  'Inloopspreekuur',
  'Spreekuur',
  'Schuldhulp',
  'Taalcafé',
  'Buurthuis',
  'Wandelgroep',
  'Mantelzorgsteunpunt',
  'Maatjesproject',
  'Jongerenwerk',
  'Opvoedspreekuur',
  'Digicafé',
  'Huisartsenpraktijk',
  'Fysiotherapie',
  'Voedselbank',
  'Valpreventie',
  'Dagbesteding',
];
const STREETS = [
  'Hoofdstraat',
  'Kerkstraat',
  'Schoolstraat',
  'Dorpsstraat',
  'Markt',
  'Stationsweg',
  'Molenweg',
];

/** `count` services (and no organizations) for timing, from the 211 directory's snapshots. */
export function syntheticServices(count: number, base?: SourceSnapshot[], seed = 7): MatchRecord[] {
  const snapshots =
    base ??
    snapshotBatch(readHsds(SOURCE_211, { source: '211' }).batch, {
      services: new Map(),
      organizations: new Map(),
    });
  const services = snapshots.filter((s) => s.kind === 'service');
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => random.pick(list);
  const out: MatchRecord[] = [];
  for (let n = 0; out.length < count; n++) {
    const s = services[n % services.length]!;
    const copy = Math.floor(n / services.length);
    const [town, pc4, lat, lon] = TOWNS[(copy + n) % TOWNS.length]!;
    const near = random() < 0.1 && out.length > 0;
    const prev = out[out.length - 1]!;
    const name =
      random() < 0.4
        ? `${pick(KINDS)} ${town}`
        : random() < 0.5
          ? `${s.name} ${town}`
          : `${s.name} ${pick(KINDS)}`;
    const phone = `0${40 + (copy % 50)}-${String(Math.floor(random() * 1e7)).padStart(7, '0')}`;
    const rec: MatchRecord = {
      ...s,
      key: `bench/service/${n}`,
      source: 'bench',
      id: String(n),
      entityId: String(n),
      name: near ? `${prev.name} ` : name,
      organization_name: `${s.organization_name ?? s.name} ${town}`,
      organization_id: `${s.organization_id}-${copy}`,
      phones: near ? prev.phones : [phone],
      email: s.email ? s.email.replace('@', `.${copy}@`) : null,
      address_1: near ? prev.address_1 : `${pick(STREETS)} ${1 + Math.floor(random() * 200)}`,
      postal_code: `${pc4 + Math.floor(random() * 20)} ${String.fromCharCode(65 + Math.floor(random() * 26))}${String.fromCharCode(65 + Math.floor(random() * 26))}`,
      city: town,
      latitude: lat + (random() - 0.5) * 0.05,
      longitude: lon + (random() - 0.5) * 0.08,
    };
    if (near) rec.organization_name = prev.organization_name;
    out.push(rec);
  }
  return out;
}

/** Wall-clock seconds and CPU seconds of this process (the second holds on a busy machine). */
export function timeMatcher(records: MatchRecord[]): { seconds: number; cpuSeconds: number; pairs: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const pairs = findDuplicatePairs(records, { minScore: DEFAULT_THRESHOLDS.review });
  const cpu = process.cpuUsage(c0);
  return {
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    pairs: pairs.length,
  };
}

if (import.meta.filename === process.argv[1]) {
  const count = Number(process.argv[2] ?? 100_000);
  const records = syntheticServices(count);
  const { seconds, cpuSeconds, pairs } = timeMatcher(records);
  console.log(
    `findDuplicatePairs: ${records.length} services, ${pairs} pairs ≥ review, ` +
      `${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s)`,
  );
}
