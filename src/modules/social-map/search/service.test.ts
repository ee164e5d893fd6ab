import { describe, expect, it } from 'vitest';
import { escapeLike, shortSummary } from './service.ts';
import { queryList, searchQuery } from './schema.ts';

describe('shortSummary', () => {
  it('prefers the B1 summary and cuts a long description at a word', () => {
    expect(shortSummary('Kort en duidelijk.', 'Lang verhaal')).toBe('Kort en duidelijk.');
    expect(shortSummary(null, '  ')).toBeNull();
    const cut = shortSummary(null, 'woord '.repeat(60), 50)!;
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut).not.toMatch(/wo…$/);
  });
});

describe('escapeLike', () => {
  it('escapes LIKE wildcards so user text matches literally', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});

describe('search query', () => {
  it('reads repeated and comma-separated terms, booleans and defaults', () => {
    expect(queryList.parse(['a,b', ' c ', ''])).toEqual(['a', 'b', 'c']);
    const q = searchQuery.parse({ free: 'ja', wor: 'false', neighbourhood: 'wk034401' });
    expect(q).toMatchObject({ free: true, wor: false, neighbourhood: 'WK034401', page: 1, per_page: 20 });
    expect(searchQuery.safeParse({ open_on: 'XX' }).success).toBe(false);
    expect(searchQuery.safeParse({ per_page: '101' }).success).toBe(false);
  });
});
