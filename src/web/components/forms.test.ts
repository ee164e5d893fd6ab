import { describe, expect, it } from 'vitest';
import { parseWholeNumber } from './numbers.ts';
import { fieldForPath } from './useForm.ts';

describe('fieldForPath', () => {
  const fields = ['email', 'password', 'neighbourhoodIds'];

  it('strips the body prefix in every spelling', () => {
    expect(fieldForPath('body.email', fields)).toBe('email');
    expect(fieldForPath('/body/email', fields)).toBe('email');
    expect(fieldForPath('email', fields)).toBe('email');
  });

  it('ties an error inside a list to the list field', () => {
    expect(fieldForPath('body.neighbourhoodIds.1', fields)).toBe('neighbourhoodIds');
  });

  it('returns nothing for a path that is not a field of the form', () => {
    expect(fieldForPath('body.token', fields)).toBeUndefined();
    expect(fieldForPath('body', fields)).toBeUndefined();
    expect(fieldForPath('', fields)).toBeUndefined();
  });
});

describe('parseWholeNumber', () => {
  it('reads numbers the way people write them', () => {
    expect(parseWholeNumber('12500')).toBe(12500);
    expect(parseWholeNumber(' 12.500 ')).toBe(12500);
    expect(parseWholeNumber('12 500')).toBe(12500);
  });

  it('keeps anything else as typed, and empty as null', () => {
    expect(parseWholeNumber('12,5')).toBe('12,5');
    expect(parseWholeNumber('1.2345')).toBe('1.2345');
    expect(parseWholeNumber('veel')).toBe('veel');
    expect(parseWholeNumber('')).toBeNull();
  });
});
