import { describe, expect, it } from 'vitest';
import { emptyBatch, mapIds, toUuid } from '../import/batch.ts';
import { snapshotBatch } from './snapshot.ts';

const SOURCE = 'gemeente';

function sample() {
  const b = emptyBatch();
  b.organizations.push(
    {
      id: 'O1',
      name: 'Stichting Welzijn Kerkrade',
      website: 'https://www.welzijnkerkrade.nl/over',
      email: 'info@welzijnkerkrade.nl',
      description: 'Welzijnswerk',
    },
    { id: '5d0c0f4e-3c59-4a4e-9d0a-2f1e6b0c7a11', name: 'GC De Linde' },
  );
  b.locations.push(
    { id: 'L1', organization_id: 'O1', latitude: '50.8656', longitude: 6.0625 },
    { id: 'L2', organization_id: 'O1', latitude: null, longitude: null },
  );
  b.addresses.push(
    {
      id: 'A0',
      location_id: 'L1',
      address_1: 'Postbus 7',
      postal_code: '6460 AA',
      city: 'Kerkrade',
      address_type: 'postal',
    },
    { id: 'A1', location_id: 'L1', address_1: 'Hoofdstr. 12a', postal_code: '6461 ab', city: 'Kerkrade' },
    {
      id: 'A2',
      location_id: 'L2',
      address_1: 'Markt 1',
      postal_code: '6461 AC',
      city: 'Kerkrade',
      address_type: 'physical',
    },
  );
  b.services.push(
    {
      id: 'S1',
      organization_id: 'O1',
      name: 'Inloopspreekuur',
      url: 'welzijnkerkrade.nl/inloop',
      assured_date: '2026-03-01',
      fees_description: 'Gratis',
      application_process: 'Kom langs',
      eligibility_description: 'Iedereen',
    },
    { id: 'S2', organization_id: 'O1', name: 'Maatjesproject' },
    { id: 'S3', name: 'Zonder alles' },
  );
  b.service_at_locations.push({ id: 'SL1', service_id: 'S1', location_id: 'L2' });
  b.phones.push(
    { id: 'P1', service_id: 'S1', location_id: 'L2', number: '045-1234567' },
    { id: 'P2', location_id: 'L2', number: '(045) 765 43 21' },
    { id: 'P3', organization_id: 'O1', number: '+31 45 111 2222' },
    { id: 'P4', location_id: 'L1', number: '045 999 8888' },
    { id: 'P5', service_id: 'S2', number: '045-1234567' },
    { id: 'P6', service_id: 'S1', number: '045-1234567' },
  );
  mapIds(b, SOURCE);
  const ids = (table: string, list: string[]) => new Map(list.map((id) => [toUuid(SOURCE, table, id), id]));
  return snapshotBatch(b, {
    services: ids('services', ['S1', 'S2', 'S3']),
    organizations: ids('organizations', ['O1']),
  });
}

describe('snapshotBatch', () => {
  it('snapshots an organization with its own phones, then its first location’s, and its first physical address', () => {
    const org = sample().find((s) => s.kind === 'organization' && s.id === 'O1')!;
    expect(org).toEqual({
      kind: 'organization',
      id: 'O1',
      entityId: toUuid(SOURCE, 'organizations', 'O1'),
      name: 'Stichting Welzijn Kerkrade',
      alternate_name: null,
      description: 'Welzijnswerk',
      email: 'info@welzijnkerkrade.nl',
      url: 'https://www.welzijnkerkrade.nl/over',
      phones: ['+31 45 111 2222', '045 999 8888'],
      address_1: 'Hoofdstr. 12a',
      postal_code: '6461 ab',
      city: 'Kerkrade',
      latitude: 50.8656,
      longitude: 6.0625,
      organization_id: null,
      organization_name: null,
      verified_at: null,
      fees_description: null,
      application_process: null,
      eligibility_description: null,
    });
  });

  it('keeps a uuid id as it is', () => {
    const org = sample().find((s) => s.name === 'GC De Linde')!;
    expect(org.id).toBe('5d0c0f4e-3c59-4a4e-9d0a-2f1e6b0c7a11');
    expect(org.entityId).toBe(org.id);
    expect(org.phones).toEqual([]);
    expect(org.address_1).toBeNull();
  });

  it('gives a service its own location, phones (once each) and organization', () => {
    const s = sample().find((x) => x.id === 'S1')!;
    expect(s).toMatchObject({
      kind: 'service',
      entityId: toUuid(SOURCE, 'services', 'S1'),
      url: 'welzijnkerkrade.nl/inloop',
      phones: ['045-1234567', '(045) 765 43 21'],
      address_1: 'Markt 1',
      postal_code: '6461 AC',
      latitude: null,
      organization_id: toUuid(SOURCE, 'organizations', 'O1'),
      organization_name: 'Stichting Welzijn Kerkrade',
      verified_at: '2026-03-01',
      fees_description: 'Gratis',
      application_process: 'Kom langs',
      eligibility_description: 'Iedereen',
    });
  });

  it('gives a service without a location of its own its organization’s first location', () => {
    const s = sample().find((x) => x.id === 'S2')!;
    expect(s).toMatchObject({
      phones: ['045-1234567', '045 999 8888'],
      address_1: 'Hoofdstr. 12a',
      latitude: 50.8656,
      longitude: 6.0625,
    });
    const lone = sample().find((x) => x.id === 'S3')!;
    expect(lone).toMatchObject({
      organization_id: null,
      organization_name: null,
      address_1: null,
      phones: [],
    });
  });

  it('snapshots every service and organization', () => {
    expect(
      sample()
        .map((s) => `${s.kind}:${s.id}`)
        .sort(),
    ).toEqual([
      'organization:5d0c0f4e-3c59-4a4e-9d0a-2f1e6b0c7a11',
      'organization:O1',
      'service:S1',
      'service:S2',
      'service:S3',
    ]);
  });
});
