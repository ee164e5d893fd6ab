import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, findDuplicatePairs, type MatchRecord } from './index.ts';

let serial = 0;
function record(p: Partial<MatchRecord>): MatchRecord {
  serial++;
  const source = p.source ?? 'gemeente';
  const kind = p.kind ?? 'organization';
  return {
    kind,
    id: String(serial),
    entityId: String(serial),
    key: `${source}/${kind}/${serial}`,
    source,
    name: '',
    alternate_name: null,
    description: null,
    email: null,
    url: null,
    phones: [],
    address_1: null,
    postal_code: null,
    city: null,
    latitude: null,
    longitude: null,
    organization_id: null,
    organization_name: null,
    verified_at: null,
    fees_description: null,
    application_process: null,
    eligibility_description: null,
    ...p,
  };
}
const service = (p: Partial<MatchRecord>) => record({ kind: 'service', ...p });

const { autoMerge, review } = DEFAULT_THRESHOLDS;
const pairs = (records: MatchRecord[]) => findDuplicatePairs(records, { minScore: 0 });
const score = (a: MatchRecord, b: MatchRecord) => pairs([a, b])[0]?.score ?? 0;

// One building in Kerkrade, and the organisation in it as a municipality's and a welfare map describe it.
const KERKRADE = { latitude: 50.8656, longitude: 6.0625, city: 'Kerkrade' };
const welzijnGemeente = () =>
  record({
    name: 'Stichting Welzijn Kerkrade',
    phones: ['045-5671234'],
    address_1: 'Hoofdstr. 12a',
    postal_code: '6461 ab',
    email: 'info@welzijnkerkrade.nl',
    url: 'https://www.welzijnkerkrade.nl/',
    ...KERKRADE,
  });
const welzijnWelzijn = () =>
  record({
    source: 'welzijn',
    name: 'Welzijn Kerkrade St.',
    phones: ['+31 45 567 1234'],
    address_1: 'Hoofdstraat 12 A',
    postal_code: '6461AB',
    url: 'welzijnkerkrade.nl',
    latitude: 50.8657,
    longitude: 6.0627,
  });

describe('findDuplicatePairs: organizations', () => {
  it('merges one organisation written two ways (legal form, abbreviations, phone format)', () => {
    const [p] = pairs([welzijnGemeente(), welzijnWelzijn()]);
    expect(p!.score).toBeGreaterThanOrEqual(autoMerge);
    expect(p!.features).toMatchObject({
      name: 1,
      address: 1,
      postcode: 1,
      phone: 1,
      website: 1,
      email: null,
    });
    expect(p!.features.distance).toBeGreaterThan(0.9);
  });

  it('merges "Gezondheidscentrum De Linde" and "GC De Linde" at one address', () => {
    const a = record({
      name: 'Gezondheidscentrum De Linde',
      address_1: 'Lindeplein 3',
      postal_code: '6462 CD',
    });
    const b = record({ source: 'gc', name: 'GC De Linde', address_1: 'Lindepl. 3', postal_code: '6462CD' });
    expect(score(a, b)).toBeGreaterThanOrEqual(autoMerge);
  });

  it('finds a name with a typo and nothing else in common but the phone for review, not merging', () => {
    const a = record({ name: 'Buurthuis De Brug', phones: ['045 123 45 67'] });
    const b = record({ source: 'welzijn', name: 'Buurthuis de Bruk', phones: ['0451234567'] });
    const s = score(a, b);
    expect(s).toBeGreaterThanOrEqual(review);
    expect(s).toBeLessThan(1);
  });

  it('never merges on the name alone', () => {
    const a = record({ name: 'Voedselbank Parkstad' });
    const b = record({ source: 'welzijn', name: 'Voedselbank Parkstad' });
    expect(score(a, b)).toBeLessThan(autoMerge);
  });

  it('does not match different organisations in one building', () => {
    const a = welzijnGemeente();
    const b = record({
      source: 'welzijn',
      name: 'Bibliotheek Kerkrade',
      phones: ['045-5460000'],
      address_1: 'Hoofdstraat 12a',
      postal_code: '6461AB',
      ...KERKRADE,
    });
    expect(score(a, b)).toBeLessThan(review);
  });

  it('does not match organisations with one name in different towns', () => {
    const a = record({ name: 'Humanitas', address_1: 'Markt 1', postal_code: '6461AA', ...KERKRADE });
    const b = record({
      source: 'welzijn',
      name: 'Humanitas',
      address_1: 'Stationsweg 20',
      postal_code: '3511AB',
      latitude: 52.09,
      longitude: 5.12,
    });
    expect(score(a, b)).toBeLessThan(review);
  });

  it('neither rewards nor punishes a field that one side lacks', () => {
    const a = welzijnGemeente();
    const b = welzijnWelzijn();
    const withoutEmail = score({ ...a, email: null }, b);
    expect(score(a, b)).toBe(withoutEmail);
    expect(pairs([a, b])[0]!.features.email).toBeNull();
  });
});

describe('findDuplicatePairs: services', () => {
  const at = {
    address_1: 'Hoofdstraat 12',
    postal_code: '6461AB',
    phones: ['045-5671234'],
    ...KERKRADE,
  };

  it('merges one service of one organisation in two sources', () => {
    const a = service({
      name: 'Inloopspreekuur',
      organization_id: 'o1',
      organization_name: 'Stichting Welzijn Kerkrade',
      ...at,
    });
    const b = service({
      source: 'welzijn',
      name: 'Inloop spreekuur',
      organization_id: 'o9',
      organization_name: 'Welzijn Kerkrade',
      ...at,
      address_1: 'Hoofdstr. 12',
      phones: ['045 567 12 34'],
    });
    expect(score(a, b)).toBeGreaterThanOrEqual(autoMerge);
  });

  it('does not match "Inloopspreekuur" of different organisations', () => {
    const a = service({ name: 'Inloopspreekuur', organization_name: 'Stichting Welzijn Kerkrade', ...at });
    const b = service({
      source: 'welzijn',
      name: 'Inloopspreekuur',
      organization_name: 'GGD Zuid-Limburg',
      address_1: 'Markt 1',
      postal_code: '6461AC',
      phones: ['045-8501234'],
      latitude: 50.866,
      longitude: 6.064,
    });
    expect(score(a, b)).toBeLessThan(review);
  });

  it('does not match clearly different services of one organisation at one address', () => {
    const org = { organization_id: 'o1', organization_name: 'Stichting Welzijn Kerkrade', ...at };
    const found = pairs([
      service({ name: 'Schuldhulp', ...org }),
      service({ name: 'Maatjesproject', ...org }),
      service({ name: 'Welzijn Kerkrade, Jongerenwerk', ...org }),
      service({ name: 'Welzijn Kerkrade, Ouderenwerk', ...org }),
    ]);
    expect(found.filter((p) => p.score >= review)).toEqual([]);
  });

  it('sends services whose names differ by a word to review, or past it when one source lists both', () => {
    const org = { organization_id: 'o1', organization_name: 'Stichting Welzijn Kerkrade', ...at };
    const a = service({ name: 'Buurthuis De Linde', ...org });
    const b = service({ name: 'Buurthuis De Linde Noord', ...org });
    expect(score(a, b)).toBeLessThan(review);
    const other = service({ ...b, source: 'welzijn', organization_id: 'o7' });
    expect(score(a, other)).toBeGreaterThanOrEqual(review);
    expect(score(a, other)).toBeLessThan(autoMerge);
  });

  it('finds duplicates within one source too', () => {
    const a = service({ name: 'Taalcafé De Brug', organization_name: 'Bibliotheek Kerkrade', ...at });
    const b = service({ name: 'Taalcafe de Brug', organization_name: 'Bibliotheek Kerkrade', ...at });
    expect(a.source).toBe(b.source);
    expect(score(a, b)).toBeGreaterThanOrEqual(autoMerge);
  });
});

describe('findDuplicatePairs: pairs', () => {
  it('names each pair once, keys in order, score rounded to 3 decimals, kinds never mixed', () => {
    const records = [
      welzijnWelzijn(),
      welzijnGemeente(),
      record({ ...welzijnGemeente(), source: 'gc' }),
      service({ name: 'Stichting Welzijn Kerkrade', organization_name: 'Stichting Welzijn Kerkrade' }),
    ];
    records[2]!.key = 'gc/organization/x';
    const found = pairs(records);
    expect(found).toHaveLength(3);
    for (const p of found) {
      expect(p.a < p.b).toBe(true);
      expect(Math.round(p.score * 1000) / 1000).toBe(p.score);
      expect(p.a.split('/')[1]).toBe('organization');
      expect(p.b.split('/')[1]).toBe('organization');
    }
    expect(new Set(found.map((p) => `${p.a} ${p.b}`)).size).toBe(3);
  });

  it('leaves out pairs below minScore', () => {
    const a = service({ name: 'Schuldhulp', organization_name: 'Welzijn Kerkrade', ...KERKRADE });
    const b = service({ name: 'Schuldhulp', organization_name: 'GGD Zuid-Limburg', ...KERKRADE });
    expect(findDuplicatePairs([a, b], { minScore: review })).toEqual([]);
  });
});
