import { describe, expect, it } from 'vitest';
import { rowHash } from './audit.ts';

const row = {
  seq: 1,
  at: new Date('2026-11-23T10:00:00.123Z'),
  actor_id: 'a',
  actor_role: 'administrator',
  actor_organisation_id: null,
  subject_id: 's',
  action: 'read',
  object_type: 'person',
  object_id: 's',
  basis: 'administration',
  basis_id: null,
  request_id: 'r',
  client_address: '127.0.0.1',
  outcome: 'success',
  prev_hash: '0'.repeat(64),
};

describe('rowHash', () => {
  it('is stable for the same row and changes with any field', () => {
    const h = rowHash(row);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(rowHash({ ...row })).toBe(h);
    for (const [key, value] of Object.entries({
      seq: 2,
      at: new Date(row.at.getTime() + 1),
      actor_id: null,
      action: 'update',
      basis: 'consent',
      prev_hash: '1'.repeat(64),
    })) {
      expect(rowHash({ ...row, [key]: value }), key).not.toBe(h);
    }
  });
});
