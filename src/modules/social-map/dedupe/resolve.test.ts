import { describe, expect, it } from 'vitest';
import { Clusters } from './resolve.ts';

describe('Clusters', () => {
  it('joins transitively and knows who is in a merged pair', () => {
    const c = new Clusters();
    c.union('c', 'b');
    c.union('b', 'a');
    c.union('x', 'y');
    expect(c.same('a', 'c')).toBe(true);
    expect(c.same('a', 'x')).toBe(false);
    expect(c.find('c')).toBe('a');
    expect(c.has('y')).toBe(true);
    expect(c.has('z')).toBe(false);
    expect(c.find('z')).toBe('z');
    expect([...c.ids()].sort()).toEqual(['a', 'b', 'c', 'x', 'y']);
  });
});
