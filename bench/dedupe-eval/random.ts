// A seeded PRNG (mulberry32) and the few draws the evaluation data needs, so every run builds the same data.

export interface Random {
  /** 0 ≤ x < 1 */
  (): number;
  chance(p: number): boolean;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
}

export function prng(seed: number): Random {
  let a = seed >>> 0;
  const next = (() => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Random;
  next.chance = (p) => next() < p;
  next.int = (n) => Math.floor(next() * n);
  next.pick = (list) => list[Math.floor(next() * list.length)]!;
  return next;
}
