// The arithmetic of the duplicate-finding quality report (bench/dedupe-eval/quality.ts). It lives here
// because the unit suite runs the tests under src/.
import { describe, expect, it } from 'vitest';
import { evaluate, type DecidedPair } from '../../../../bench/dedupe-eval/quality.ts';

// Originals: X in four records (6 true pairs), Y in two (1), Z in one (0) → 7 true pairs.
const truth = new Map([
  ['g/service/1', 'service:X'],
  ['w/service/1', 'service:X'],
  ['c/service/1', 'service:X'],
  ['g/service/2', 'service:X'],
  ['g/service/3', 'service:Y'],
  ['w/service/3', 'service:Y'],
  ['c/service/9', 'service:Z'],
]);
const pair = (a: string, b: string, decision: DecidedPair['decision'], score = 0.95): DecidedPair => ({
  a,
  b,
  score,
  decision,
});

describe('evaluate', () => {
  it('counts merged pairs, the pairs their clusters imply, the review band and what was missed', () => {
    const q = evaluate(
      [
        pair('g/service/1', 'w/service/1', 'merged'),
        pair('w/service/1', 'c/service/1', 'merged'),
        // Wrong: joins Z to the X cluster.
        pair('c/service/1', 'c/service/9', 'merged'),
        pair('g/service/3', 'w/service/3', 'review', 0.8),
        pair('g/service/2', 'c/service/9', 'review', 0.75),
      ],
      truth,
    );
    expect(q.truePairs).toBe(7);
    // Merged: 3 pairs, 2 true; recall 2/7.
    expect(q.merged).toMatchObject({ pairs: 3, truePairs: 2 });
    expect(q.merged.precision).toBeCloseTo(2 / 3);
    expect(q.merged.recall).toBeCloseTo(2 / 7);
    expect(q.merged.f1).toBeCloseTo((2 * (2 / 3) * (2 / 7)) / (2 / 3 + 2 / 7));
    // One cluster {g1, w1, c1, c9}: 6 implied pairs, 3 of them true (among g1, w1, c1).
    expect(q.clusters).toBe(1);
    expect(q.clustered).toMatchObject({ pairs: 6, truePairs: 3 });
    expect(q.clustered.precision).toBeCloseTo(0.5);
    expect(q.clustered.recall).toBeCloseTo(3 / 7);
    // Review: 2 pairs, 1 true.
    expect(q.review).toMatchObject({ pairs: 2, truePairs: 1, precision: 0.5 });
    // Missed: the three pairs of g/service/2 with g1, w1, c1.
    expect(q.missed).toBe(3);
  });

  it('gives precision 1 to an empty decision and recall 1 when there is nothing to find', () => {
    const q = evaluate([], new Map([['g/organization/1', 'organization:A']]));
    expect(q.truePairs).toBe(0);
    expect(q.merged).toEqual({ pairs: 0, truePairs: 0, precision: 1, recall: 1, f1: 1 });
    expect(q.missed).toBe(0);
  });

  it('refuses a record the truth does not know', () => {
    expect(() => evaluate([pair('g/service/1', 'x/service/1', 'merged')], truth)).toThrow(/x\/service\/1/);
  });

  it('reads truth.json records', () => {
    const q = evaluate([pair('g/organization/A', 'w/organization/B', 'merged')], {
      records: [
        { source: 'g', kind: 'organization', id: 'A', truth: 'organization:1' },
        { source: 'w', kind: 'organization', id: 'B', truth: 'organization:1' },
      ],
    });
    expect(q.merged.f1).toBe(1);
  });
});
