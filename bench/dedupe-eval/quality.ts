// How good the duplicate decisions are against the truth of the evaluation set: precision, recall and F1 of
// the automatic merges as pairs and after transitive clustering (the pairs a cluster implies), the share of
// true duplicates in the review band, and the true pairs found by neither.
import type { TruthFile } from './generate.ts';

export interface DecidedPair {
  /** Record keys "source/kind/id". */
  a: string;
  b: string;
  score: number;
  decision: 'merged' | 'review';
}

export interface Figures {
  /** Pairs decided. */
  pairs: number;
  /** Of them true duplicates. */
  truePairs: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Quality {
  /** Every pair of records with one original. */
  truePairs: number;
  merged: Figures;
  /** The pairs implied by clustering the merged pairs transitively. */
  clustered: Figures;
  /** Review pairs: `precision` is the share that are true duplicates; recall counts them alone. */
  review: Figures;
  /** True pairs neither implied by the clusters nor in review. */
  missed: number;
  /** Merged clusters (of two or more records). */
  clusters: number;
}

/** Record key → original ("service:143903"). */
export function truthByKey(truth: TruthFile | Map<string, string>): Map<string, string> {
  if (truth instanceof Map) return truth;
  return new Map(truth.records.map((r) => [`${r.source}/${r.kind}/${r.id}`, r.truth]));
}

const pairsOf = (n: number) => (n * (n - 1)) / 2;
const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function figures(pairs: number, truePairs: number, allTrue: number): Figures {
  const precision = pairs ? truePairs / pairs : 1;
  const recall = allTrue ? truePairs / allTrue : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { pairs, truePairs, precision, recall, f1 };
}

export function evaluate(pairs: DecidedPair[], truth: TruthFile | Map<string, string>): Quality {
  const original = truthByKey(truth);
  const of = (key: string): string => {
    const t = original.get(key);
    if (t === undefined) throw new Error(`${key} is not in the truth`);
    return t;
  };
  const groupSizes = new Map<string, number>();
  for (const t of original.values()) groupSizes.set(t, (groupSizes.get(t) ?? 0) + 1);
  let allTrue = 0;
  for (const n of groupSizes.values()) allTrue += pairsOf(n);

  const merged = pairs.filter((p) => p.decision === 'merged');
  const review = pairs.filter((p) => p.decision === 'review');
  const same = (p: DecidedPair) => of(p.a) === of(p.b);

  // Union-find over the merged pairs.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    let y = x;
    while (y !== root) {
      const next = parent.get(y)!;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  for (const p of merged) {
    const ra = find(p.a);
    const rb = find(p.b);
    parent.set(ra, ra);
    if (ra !== rb) parent.set(rb, ra);
  }
  const clusters = new Map<string, string[]>();
  for (const key of parent.keys()) {
    const root = find(key);
    const list = clusters.get(root);
    if (list) list.push(key);
    else clusters.set(root, [key]);
  }
  let implied = 0;
  let impliedTrue = 0;
  for (const members of clusters.values()) {
    implied += pairsOf(members.length);
    const byOriginal = new Map<string, number>();
    for (const m of members) byOriginal.set(of(m), (byOriginal.get(of(m)) ?? 0) + 1);
    for (const n of byOriginal.values()) impliedTrue += pairsOf(n);
  }

  // True pairs found by neither: all true pairs less those the clusters imply and true review pairs
  // outside a shared cluster.
  const reviewTrueOutside = new Set<string>();
  for (const p of review) if (same(p) && find(p.a) !== find(p.b)) reviewTrueOutside.add(pairKey(p.a, p.b));

  return {
    truePairs: allTrue,
    merged: figures(merged.length, merged.filter(same).length, allTrue),
    clustered: figures(implied, impliedTrue, allTrue),
    review: figures(review.length, review.filter(same).length, allTrue),
    missed: allTrue - impliedTrue - reviewTrueOutside.size,
    clusters: clusters.size,
  };
}
