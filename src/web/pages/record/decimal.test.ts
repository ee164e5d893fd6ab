import { describe, expect, it } from 'vitest';
import { formatMeasured, parseMeasured } from './decimal.ts';

describe('measured values as typed', () => {
  it('reads a decimal comma or point', () => {
    expect(parseMeasured('81,5', false)).toBe(81.5);
    expect(parseMeasured(' 81.5 ', false)).toBe(81.5);
    expect(parseMeasured('120', false)).toBe(120);
  });

  it('reads thousands separators only in whole numbers', () => {
    expect(parseMeasured('12.500', true)).toBe(12500);
    expect(parseMeasured('12 500', true)).toBe(12500);
    expect(parseMeasured('12.500', false)).toBe(12.5);
  });

  it('gives null for nothing and the text for anything else', () => {
    expect(parseMeasured('  ', false)).toBeNull();
    expect(parseMeasured('tachtig', false)).toBe('tachtig');
    expect(parseMeasured('81,5 kg', false)).toBe('81,5 kg');
  });

  it('writes a value back with the reader’s decimal sign', () => {
    expect(formatMeasured(81.5, 'nl')).toBe('81,5');
    expect(formatMeasured(81.5, 'en')).toBe('81.5');
    expect(formatMeasured(null, 'nl')).toBe('');
  });
});
