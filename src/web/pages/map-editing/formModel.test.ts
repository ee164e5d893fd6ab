import { describe, expect, it } from 'vitest';
import { emptyValues, fieldId, fieldPath, toDocument, toValues } from './formModel.ts';

describe('edit form values', () => {
  it('round-trip a document, keeping row ids', () => {
    const doc = toDocument({
      ...emptyValues(),
      name: ' Wandelgroep ',
      minimum_age: '60',
      phones: [{ id: '7d2c4f7e-7a52-4d3c-9d0e-0c1c3a1d2b3c', number: '045 123', type: '', description: '' }],
      schedules: [{ freq: 'WEEKLY', byday: ['TU'], opens_at: '10:00', closes_at: '', description: '' }],
      cost_options: [{ option: 'per jaar', amount: '12,50', currency: 'eur', amount_description: '' }],
    });
    expect(doc).toMatchObject({
      name: 'Wandelgroep',
      summary_b1: null,
      minimum_age: 60,
      maximum_age: null,
      review_interval_months: 12,
      financing_route: null,
      phones: [{ id: '7d2c4f7e-7a52-4d3c-9d0e-0c1c3a1d2b3c', number: '045 123', type: null }],
      schedules: [{ freq: 'WEEKLY', byday: ['TU'], opens_at: '10:00', closes_at: null }],
      cost_options: [{ amount: 12.5, currency: 'EUR' }],
    });
    expect(toValues(doc as never).phones[0]).toEqual({
      id: '7d2c4f7e-7a52-4d3c-9d0e-0c1c3a1d2b3c',
      number: '045 123',
      type: '',
      description: '',
    });
  });

  it('sends a number that is not one as typed, so the server names the field', () => {
    expect(toDocument({ ...emptyValues(), minimum_age: 'zestig' }).minimum_age).toBe('zestig');
  });

  it('maps server paths to fields and element ids', () => {
    expect(fieldPath('body.document.phones.0.number')).toBe('phones.0.number');
    expect(fieldPath('body.organizationId')).toBe('organizationId');
    expect(fieldId('phones.0.number')).toBe('entry-phones-0-number');
  });
});
