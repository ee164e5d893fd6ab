import { describe, expect, it } from 'vitest';
import { asPercentText, parsePercent } from './percent.ts';

describe('thresholds as percentages', () => {
  it('reads what people type, with a comma or a point and an optional %', () => {
    expect(parsePercent('92')).toBe(0.92);
    expect(parsePercent(' 92,5 ')).toBe(0.925);
    expect(parsePercent('92.5')).toBe(0.925);
    expect(parsePercent('70 %')).toBe(0.7);
    expect(parsePercent('100')).toBe(1);
  });

  it('refuses what is not a percentage from 1 to 100', () => {
    for (const text of ['', 'hoog', '0', '0,5', '101', '-5', '9 0', '1e2'])
      expect(parsePercent(text), text).toBe(null);
  });

  it('shows the API value as the percentage typed back', () => {
    expect(asPercentText(0.9, 'nl')).toBe('90');
    expect(asPercentText(0.925, 'nl')).toBe('92,5');
    expect(asPercentText(0.925, 'en')).toBe('92.5');
    expect(parsePercent(asPercentText(0.7, 'nl'))).toBe(0.7);
  });
});
