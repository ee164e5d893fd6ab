import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deterministicId, emptyBatch, mapIds, toUuid } from './batch.ts';
import { JsonCollector, detectKind, parseJsonObjects } from './read-json.ts';
import { validateBatch } from './validate.ts';
import { parseCsv } from './read-ohana.ts';

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

  it('checks sessions: zoned times, ends after starts, places taken within capacity', () => {
    const b = emptyBatch();
    const svc = '00000000-0000-4000-8000-0000000000aa';
    const ses = (n: number, extra: Record<string, unknown>) => ({
      id: `00000000-0000-4000-8000-00000000010${n}`,
      service_id: svc,
      starts_at: '2026-12-01T10:00:00+01:00',
      ...extra,
    });
    b.sessions.push(
      ses(1, {
        ends_at: '2026-12-01T11:30:00+01:00',
        capacity: '12',
        places_taken: '3',
        waiting_list: 'true',
      }),
      ses(2, { capacity: 5, places_taken: 6 }),
      ses(3, { ends_at: '2026-12-01T09:00:00+01:00' }),
      ses(4, { starts_at: '2026-12-01 10:00' }),
      ses(5, { capacity: -1 }),
      ses(6, { capacity: 2.5 }),
      ses(7, { starts_at: '' }),
      ses(8, {}),
    );
    const { batch, refused } = validateBatch(b);
    expect(refused.map((p) => `${p.id.slice(-1)} ${p.table}.${p.field}`)).toEqual([
      '2 sessions.places_taken',
      '3 sessions.ends_at',
      '4 sessions.starts_at',
      '5 sessions.capacity',
      '6 sessions.capacity',
      '7 sessions.starts_at',
    ]);
    expect(refused[0]!.reason).toBe('must not exceed capacity (5)');
    expect(refused[2]!.reason).toMatch(/time zone/);
    expect(batch.sessions).toEqual([
      expect.objectContaining({ capacity: 12, places_taken: 3, waiting_list: true, location_id: null }),
      expect.objectContaining({ capacity: null, places_taken: 0, waiting_list: false, ends_at: null }),
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

  it('reads the sessions of a service', () => {
    const c = new JsonCollector('t');
    c.service({
      id: 's',
      name: 'S',
      sessions: [{ id: 'x', starts_at: '2026-12-01T10:00:00Z', capacity: 10, location_id: 'l' }],
    });
    expect(c.batch.sessions).toEqual([
      { id: 'x', service_id: 's', starts_at: '2026-12-01T10:00:00Z', capacity: 10, location_id: 'l' },
    ]);
  });

  it('recognises the kind of a top-level object', () => {
    expect(detectKind({ name: 'x', status: 'active' })).toBe('service');
    expect(detectKind({ name: 'x', locations: [] })).toBe('organization');
    expect(detectKind({ name: 'x', taxonomy_detail: {} })).toBe('taxonomy_term');
  });
});

describe('CSV reading', () => {
  it('reads records by the header row, with quotes, a byte-order mark, short and long records', () => {
    const text = '\uFEFFa,b,c\r\n1,2\r\n\r\n4,5,6,7\r\n"x, ""y""\nz",,3\r\n';
    expect(parseCsv(text, 't.csv')).toStrictEqual([
      { a: '1', b: '2' },
      { a: '4', b: '5', c: '6' },
      { a: 'x, "y"\nz', b: '', c: '3' },
    ]);
    expect(parseCsv('', 't.csv')).toEqual([]);
  });

  it('refuses a file with a broken quote, naming the file and the line', () => {
    expect(() => parseCsv('a,b\n1,2\n"3,4\n', 'services.csv')).toThrow(/services\.csv, line 3/);
  });

  it('reads every file of the 211 directory', () => {
    const dir = path.resolve(
      import.meta.dirname,
      '../../../../../shared/data/hsds-samples/bahc-icarol-211-csv',
    );
    const services = parseCsv(fs.readFileSync(path.join(dir, 'services.csv'), 'utf8'), 'services.csv');
    expect(services).toHaveLength(1876);
    expect(Object.keys(services[0]!)).toContain('name');
  });
});
