import { describe, expect, it } from 'vitest';
import { partition, rate, suppress } from './figures.ts';

describe('small-number suppression', () => {
  it('hides 1 to 9, shows 0 and 10 and more', () => {
    expect([0, 1, 9, 10, 11].map(suppress)).toEqual([0, null, null, 10, 11]);
  });

  it('hides the total when a part is hidden, so no part can be computed back', () => {
    expect(partition({ a: 12, b: 0, c: 3 })).toEqual({ a: 12, b: 0, c: null, total: null });
    expect(partition({ a: 12, b: 0, c: 10 })).toEqual({ a: 12, b: 0, c: 10, total: 22 });
    expect(partition({ a: 0, b: 0 })).toEqual({ a: 0, b: 0, total: 0 });
  });

  it('shows a rate only when every count under it is 0 or at least 10', () => {
    expect(rate([10, 2], 10, 12)).toBeNull();
    expect(rate([12, 0], 12, 12)).toBe(1);
    expect(rate([10, 10], 10, 20)).toBe(0.5);
    expect(rate([5, 4], 5, 9)).toBeNull();
  });
});
