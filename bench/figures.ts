// Small helpers the latency benches share: median / p95 of a series in ms (one decimal), and the machine's
// load, printed beside the figures so a busy machine is visible in them.
import os from 'node:os';

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

export const round = (n: number) => Math.round(n * 10) / 10;

export function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: round(percentile(s, 50)), p95: round(percentile(s, 95)) };
}

export function load(): string {
  const [one, five] = os.loadavg();
  return `load ${one!.toFixed(2)} / ${five!.toFixed(2)} (1 / 5 min), ${os.cpus().length} CPUs`;
}
