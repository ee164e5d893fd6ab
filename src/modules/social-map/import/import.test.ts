import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { TABLE_KEYS, TABLES, deterministicId, emptyBatch, mapIds, toUuid, type TableKey } from './batch.ts';
import { JsonCollector, detectKind, parseJsonObjects } from './read-json.ts';
import { fastParse, schemaParse, validateBatch } from './validate.ts';
import { parseCsvPlain } from './read-ohana.ts';

const CSV_OPTIONS_FOR_TEST = {
  columns: true,
  bom: true,
  skip_empty_lines: true,
  relax_column_count: true,
} as const;

describe('deterministic ids', () => {
  it('are stable v5-style uuids per source, table and id; uuids stay', () => {
    const a = deterministicId('211', 'services', '143903');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicId('211', 'services', '143903')).toBe(a);
    expect(deterministicId('211', 'locations', '143903')).not.toBe(a);
    expect(deterministicId('other', 'services', '143903')).not.toBe(a);
    expect(toUuid('211', 'services', 'AC148810-D857-441C-9679-408F346DE14B')).toBe(
      'ac148810-d857-441c-9679-408f346de14b',
    );
  });

  it('map references to the id of the record they point at', () => {
    const b = emptyBatch();
    b.organizations.push({ id: '7', name: 'Org' });
    b.services.push({ id: '1', organization_id: '7', name: 'S' });
    b.attributes.push({ id: 'x', link_id: '1', link_entity: 'service' });
    mapIds(b, 'src');
    expect(b.services[0]!.organization_id).toBe(b.organizations[0]!.id);
    expect(b.attributes[0]!.link_id).toBe(b.services[0]!.id);
  });
});

describe('validateBatch', () => {
  it('names the field and converts CSV text', () => {
    const b = emptyBatch();
    b.services.push(
      { id: '00000000-0000-4000-8000-000000000001', name: 'A', status: 'open' },
      { id: '00000000-0000-4000-8000-000000000002', name: 'B', minimum_age: '12', wor_eligible: 'true' },
      { id: '00000000-0000-4000-8000-000000000003', name: 'C', minimum_age: 20, maximum_age: 10 },
    );
    b.addresses.push({
      id: '00000000-0000-4000-8000-000000000004',
      address_1: 'Straat 1',
      postal_code: '3511 AB',
    });
    const { batch, refused } = validateBatch(b);
    expect(refused.map((p) => `${p.table}.${p.field}`)).toEqual([
      'services.status',
      'services.maximum_age',
      'addresses.city',
    ]);
    expect(batch.services).toEqual([
      expect.objectContaining({
        name: 'B',
        minimum_age: 12,
        wor_eligible: true,
        status: 'active',
        review_interval_months: 12,
      }),
    ]);
  });

  it('leaves impossible coordinates empty with a warning', () => {
    const b = emptyBatch();
    b.locations.push({ id: '00000000-0000-4000-8000-000000000005', latitude: 100, longitude: 5 });
    const { batch, refused, warnings } = validateBatch(b);
    expect(refused).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({ field: 'latitude' })]);
    expect(batch.locations[0]).toMatchObject({ latitude: null, longitude: 5 });
  });
});

describe('HSDS JSON reading', () => {
  it('reads arrays, paginated lists and NDJSON', () => {
    expect(parseJsonObjects('[{"a":1},{"b":2}]', false)).toHaveLength(2);
    expect(parseJsonObjects('{"total_items":1,"contents":[{"a":1}]}', false)).toEqual([{ a: 1 }]);
    expect(parseJsonObjects('{"a":1}\n\n{"b":2}\n', true)).toHaveLength(2);
    expect(() => parseJsonObjects('{"a":1}\n{oops', true)).toThrow(/line 2/);
  });

  it('merges one record met in several places, and reports conflicting values', () => {
    const c = new JsonCollector('t');
    c.service({
      id: 's',
      name: 'S',
      organization: { id: 'o', name: 'O', phones: [{ id: 'p', number: '1' }] },
      phones: [{ id: 'p', number: '1' }],
      contacts: [{ id: 'c', name: 'Ann', phones: [{ id: 'p', number: '2' }] }],
    });
    expect(c.batch.phones).toEqual([
      { id: 'p', number: '1', organization_id: 'o', service_id: 's', contact_id: 'c' },
    ]);
    expect(c.conflicts).toEqual([expect.objectContaining({ table: 'phones', id: 'p', field: 'number' })]);
  });

  it('recognises the kind of a top-level object', () => {
    expect(detectKind({ name: 'x', status: 'active' })).toBe('service');
    expect(detectKind({ name: 'x', locations: [] })).toBe('organization');
    expect(detectKind({ name: 'x', taxonomy_detail: {} })).toBe('taxonomy_term');
  });
});

describe('validation fast path', () => {
  // Every column of every table, given each of these values in an otherwise valid record: the fast path
  // either gives exactly what the schema gives, or leaves the record to the schema.
  const VALUES: unknown[] = [
    undefined,
    null,
    '',
    '  ',
    'abc',
    '12',
    ' 12 ',
    '0x10',
    12,
    12.5,
    -1,
    0,
    Infinity,
    'Infinity',
    NaN,
    2 ** 53,
    '9007199254740993',
    1000,
    9999,
    10000,
    91,
    -181,
    true,
    false,
    'true',
    'yes',
    'No',
    'f',
    '2026-02-28',
    '2026-02-30',
    '2026-02-28T10:00:00Z',
    'gisteren',
    new Date(0),
    'AC148810-D857-441C-9679-408F346DE14B',
    '00000000-0000-4000-8000-000000000001',
    'active',
    'open',
    'WEEKLY',
    'MO',
    'physical',
    'free',
    'WK034401',
    'GM0344',
    'wk034401',
  ];
  const valid = (c: (typeof TABLES)[TableKey]['columns'][number]): unknown => {
    if (c.values) return c.values[0];
    if (c.pattern) return 'WK034401';
    switch (c.type) {
      case 'uuid':
        return '00000000-0000-4000-8000-000000000009';
      case 'text':
        return 'tekst';
      case 'int':
      case 'num':
        return c.min ?? 1;
      case 'bool':
        return true;
      case 'date':
        return '2026-01-02';
      case 'timestamp':
        return '2026-01-02T03:04:05Z';
    }
  };

  it('agrees with the schemas on every column and every kind of value', () => {
    let fast = 0;
    for (const key of TABLE_KEYS) {
      const base = Object.fromEntries(TABLES[key].columns.map((c) => [c.name, valid(c)]));
      expect(fastParse(key, base), key).toEqual((schemaParse(key, base) as { data: unknown }).data);
      for (const col of TABLES[key].columns) {
        for (const value of VALUES) {
          const raw = { ...base, [col.name]: value };
          const viaFast = fastParse(key, raw);
          const viaSchema = schemaParse(key, raw);
          const label = `${key}.${col.name} = ${String(value)}`;
          if (viaFast === null) continue;
          fast++;
          expect(viaSchema.success, label).toBe(true);
          expect(viaFast, label).toStrictEqual(viaSchema.data);
        }
      }
    }
    // The fast path takes most values (it is no path that never runs).
    expect(fast).toBeGreaterThan(1000);
  });
});

describe('CSV reading', () => {
  const viaLibrary = (text: string) => parse<Record<string, string>>(text, CSV_OPTIONS_FOR_TEST);

  it('reads plain CSV exactly as csv-parse does, and leaves anything else to it', () => {
    const cases = [
      'a,b,c\n1,2,3\n',
      '\uFEFFa,b\r\n1,2\r\n\r\n3,4',
      'a,b\n"x, ""y""\nz",2\n\n\n"",\n4,5,6\n7\n',
      'a,b\n1,\n,2\n ,  \n',
      'a,b\n"1","2"',
      'a,b\n1,2,',
      'a\n',
      '',
      'a,b\n1,2\r\n3,4\n', // mixed line ends
      'a,b\n1,x"y\n', // a quote inside a field
      'a,b\n"1"x,2\n', // text after a closing quote
      'a,b\r1,2\r', // \r alone
      'a,a\n1,2\n', // a repeated column name
    ];
    for (const text of cases) {
      const plain = parseCsvPlain(text);
      if (plain !== null) expect(plain, JSON.stringify(text)).toStrictEqual(viaLibrary(text));
    }
    expect(parseCsvPlain('a,b\n"x, ""y""\nz",2\n')).toEqual([{ a: 'x, "y"\nz', b: '2' }]);
    expect(parseCsvPlain('a,b\n1,x"y\n')).toBeNull();
    expect(parseCsvPlain('a,b\r1,2\r')).toBeNull();
  });

  it('reads every file of the 211 directory as csv-parse does', () => {
    const dir = path.resolve(
      import.meta.dirname,
      '../../../../../shared/data/hsds-samples/bahc-icarol-211-csv',
    );
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const plain = parseCsvPlain(text);
      // taxonomy_mapping.csv has four columns without a name: csv-parse reads that one.
      if (f === 'taxonomy_mapping.csv') expect(plain).toBeNull();
      else expect(plain, f).toStrictEqual(viaLibrary(text));
    }
  });
});
