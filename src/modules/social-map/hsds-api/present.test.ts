import { describe, expect, it } from 'vitest';
import { hsdsObject, hsdsPage } from './present.ts';

describe('hsdsObject', () => {
  it('drops nulls and bookkeeping columns, converts numbers and date-times', () => {
    expect(
      hsdsObject({
        id: 'a',
        name: 'Taalcafé',
        alert: null,
        minimum_age: '12',
        amount: '7.50',
        assured_date: '2026-01-10',
        last_modified: new Date('2026-01-15T10:00:00Z'),
        created_at: new Date(),
        organisation_id: 'x',
        published: true,
      }),
    ).toEqual({
      id: 'a',
      name: 'Taalcafé',
      minimum_age: 12,
      amount: 7.5,
      assured_date: '2026-01-10',
      last_modified: '2026-01-15T10:00:00.000Z',
    });
  });
  it('leaves out values that would break an HSDS format', () => {
    expect(
      hsdsObject({ url: 'www.example.nl', website: 'https://example.nl', email: 'nobody', extension: 'x' }),
    ).toEqual({
      website: 'https://example.nl',
    });
  });
  it('leaves out the Dutch profile fields when minimal', () => {
    const row = {
      id: 'a',
      summary_b1: 'kort',
      financing_route: 'free',
      wor_eligible: false,
      cbs_code: 'WK034401',
    };
    expect(hsdsObject(row, { minimal: true })).toEqual({ id: 'a' });
    expect(hsdsObject(row)).toEqual(row);
  });
});

describe('hsdsPage', () => {
  it('fills in HSDS paging fields', () => {
    expect(hsdsPage([1, 2], 5, 1, 2)).toEqual({
      total_items: 5,
      total_pages: 3,
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: false,
      empty: false,
      contents: [1, 2],
    });
    expect(hsdsPage([], 0, 1, 20)).toMatchObject({
      total_pages: 1,
      first_page: true,
      last_page: true,
      empty: true,
    });
    expect(hsdsPage([5], 5, 3, 2)).toMatchObject({ last_page: true, first_page: false, size: 1 });
  });
});
