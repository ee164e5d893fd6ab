// Duplicate finding without a database: which services and organizations of one or more sources are the
// same. Blocking (block.ts) proposes candidate pairs, scoring (score.ts) rates them on normalised fields
// (normalize.ts). Design, weights and thresholds: docs/decisions/0012-duplicate-finding.md.
import { forEachCandidate } from './block.ts';
import { prepare, type MatchRecord } from './prepare.ts';
import { scorePair } from './score.ts';

export type { MatchRecord } from './prepare.ts';
export { WEIGHTS, nameSimilarity } from './score.ts';

export interface Thresholds {
  /** At or above: merge without asking. */
  autoMerge: number;
  /** At or above (and below autoMerge): a person decides. */
  review: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { autoMerge: 0.9, review: 0.7 };

export interface ScoredPair {
  /** Keys of the two records, a < b. */
  a: string;
  b: string;
  /** 0..1, rounded to 3 decimals. */
  score: number;
  /** Per-field similarity 0..1, null when a side lacks the field. */
  features: Record<string, number | null>;
}

/** Every pair of records of the same kind scoring at or above `minScore`, found by blocking. */
export function findDuplicatePairs(records: MatchRecord[], opts: { minScore: number }): ScoredPair[] {
  const prepared = records.map(prepare);
  const pairs: ScoredPair[] = [];
  // Scores are rounded before the comparison: whatever rounds up to minScore is in.
  const cut = opts.minScore - 0.0005;
  forEachCandidate(prepared, (i, j) => {
    const x = prepared[i]!;
    const y = prepared[j]!;
    if (x.record.kind !== y.record.kind) return;
    const scored = scorePair(x, y, cut);
    if (!scored) return;
    const score = Math.round(scored.score * 1000) / 1000;
    if (score < opts.minScore) return;
    const features: Record<string, number | null> = {};
    for (const [k, v] of Object.entries(scored.features))
      features[k] = v === null ? null : Math.round(v * 1000) / 1000;
    const [a, b] = x.record.key < y.record.key ? [x.record.key, y.record.key] : [y.record.key, x.record.key];
    pairs.push({ a, b, score, features });
  });
  return pairs;
}
