import { describe, expect, it } from 'vitest';
import { pc4Of } from './postcode.ts';

describe('pc4Of', () => {
  it.each([
    ['3511', '3511'],
    ['3511AB', '3511'],
    ['3511 ab', '3511'],
    ['  6461 ab ', '6461'],
    ['3511  AB', '3511'],
  ])('%s → %s', (input, pc4) => expect(pc4Of(input)).toBe(pc4));

  it.each(['abcd', '12', '', '0123', '35111', '3511 A', '3511 ABC', '3511-AB'])(
    '%s is no postcode',
    (input) => expect(pc4Of(input)).toBeNull(),
  );
});
