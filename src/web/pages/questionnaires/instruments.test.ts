// The import form's copy of the instruments must match the server's registry (licence, items, weeks).
import { describe, expect, it } from 'vitest';
import { INSTRUMENT_CODES } from '../../../modules/health-check/instruments/instrument.ts';
import { instrumentByCode } from '../../../modules/health-check/instruments/registry.ts';
import { INSTRUMENTS, SCORER_CODES, linkTargets } from './instruments.ts';

describe('the instruments the import form offers', () => {
  it('are exactly the instruments the API scores', () => {
    expect([...SCORER_CODES].sort()).toEqual([...INSTRUMENT_CODES].sort());
  });

  for (const code of SCORER_CODES) {
    it(`${code}: licence, items and week items as in the registry`, () => {
      const server = instrumentByCode(code)!;
      const info = INSTRUMENTS[code];
      expect(info.licensed).toBe(server.licence === 'scoring-only');
      expect(info.items).toEqual(server.items.map((i) => i.id));
      const weeks = server.items.filter((i) => i.values.kind === 'week').map((i) => i.id);
      expect('week' in info ? info.week : []).toEqual(weeks);
    });
  }

  it('link a week item once per day', () => {
    expect(linkTargets('alcohol').map((t) => t.value)).toEqual([
      'sex',
      ...[0, 1, 2, 3, 4, 5, 6].map((d) => `glassesPerDay@${d}`),
    ]);
  });
});
