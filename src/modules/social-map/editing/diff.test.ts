import { describe, expect, it } from 'vitest';
import { diffDocuments } from './diff.ts';
import { serviceDocument } from './schema.ts';

const doc = (x: object) => serviceDocument.parse({ name: 'Taalcafé', ...x });

describe('diffDocuments', () => {
  it('names changed fields with Dutch labels and readable values, ignoring row ids', () => {
    const before = doc({ phones: [{ id: '0b0e5d7e-52a8-4a8f-9a38-3b7b0e1d2c11', number: '030 111' }] });
    const after = doc({
      phones: [{ number: '030 111' }],
      bor_eligible: true,
      financing_route: 'wmo',
      schedules: [{ byday: ['TU', 'TH'], opens_at: '09:30', closes_at: '12:00' }],
    });
    expect(diffDocuments(before, after)).toEqual([
      { field: 'financing_route', label: 'Financiering', before: null, after: 'Wmo-voorziening' },
      { field: 'bor_eligible', label: 'Bewegen op Recept', before: 'nee', after: 'ja' },
      { field: 'schedules', label: 'Openingstijden', before: null, after: 'di, do 09:30–12:00' },
    ]);
  });

  it('shows every filled field of a new entry', () => {
    const changes = diffDocuments(null, doc({}));
    expect(changes.map((c) => c.field)).toEqual([
      'name',
      'status',
      'wor_eligible',
      'bor_eligible',
      'review_interval_months',
    ]);
  });
});
