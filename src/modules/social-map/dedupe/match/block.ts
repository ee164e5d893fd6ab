// Blocking: which pairs are worth scoring. Two records of one kind are a candidate pair when they share a
// key: a Dutch postcode, a phone number, a rare name token, a website, an e-mail domain of their own (or the
// same address at a generic mail provider), or a ~150 m grid cell (a record's own cell joined with its
// eight neighbours). A key that many records share says little and costs a quadratic number of pairs: such
// blocks are skipped (name tokens by how many records of the kind carry them).
import type { Prepared } from './prepare.ts';

export interface BlockingOptions {
  /** Blocks of postcodes, phones and grid cells with more records than this are skipped. */
  maxBlock: number;
  /** Websites and e-mail domains shared by more records than this (umbrella organisations) are no key. */
  maxDomainBlock: number;
  /** Name tokens in more records of the kind than this are no key. */
  maxTokenFrequency: number;
  /** Grid cell size in metres. */
  cell: number;
}

export const DEFAULT_BLOCKING: BlockingOptions = {
  maxBlock: 100,
  maxDomainBlock: 30,
  maxTokenFrequency: 30,
  cell: 150,
};

// Short words and articles are no key on their own.
const NOT_A_KEY = new Set([
  'van',
  'het',
  'den',
  'der',
  'voor',
  'the',
  'and',
  'for',
  'met',
  'aan',
  'bij',
  'uit',
]);

/** A grid cell as one small integer (V8 hashes those fastest): kind bit, x and y cell indexes modulo 2^14
 * and 2^15 — cells that far apart (2,400 and 4,900 km) sharing a number only add candidates. */
const cellOf = (service: boolean, cx: number, cy: number): number =>
  (service ? 0x40000000 : 0) + (cx & 0x3fff) * 0x8000 + (cy & 0x7fff);

/**
 * Calls `visit(i, j)` once for every candidate pair i < j of `records` (indexes), in no particular order.
 */
export function forEachCandidate(
  records: Prepared[],
  visit: (i: number, j: number) => void,
  opts: BlockingOptions = DEFAULT_BLOCKING,
): void {
  const frequency = new Map<string, number>();
  for (const r of records) {
    const kind = r.record.kind === 'service' ? 's' : 'o';
    for (const t of r.tokens) frequency.set(kind + t, (frequency.get(kind + t) ?? 0) + 1);
  }

  // Keys become small integers; each record keeps the blocks it is in.
  const blockOf = new Map<string, number>();
  const blocks: number[][] = [];
  const limit: number[] = [];
  const keysOf: number[][] = [];
  const join = (key: string, i: number, max: number, own: number[]) => {
    let b = blockOf.get(key);
    if (b === undefined) {
      b = blocks.length;
      blockOf.set(key, b);
      blocks.push([]);
      limit.push(max);
    }
    if (own.includes(b)) return;
    blocks[b]!.push(i);
    own.push(b);
  };
  const cells = new Map<number, number[]>();
  records.forEach((r, i) => {
    const kind = r.record.kind === 'service' ? 's' : 'o';
    const own: number[] = [];
    for (const t of r.tokens) {
      if (t.length < 3 || NOT_A_KEY.has(t) || frequency.get(kind + t)! > opts.maxTokenFrequency) continue;
      join(`${kind}n${t}`, i, opts.maxTokenFrequency, own);
    }
    if (r.dutchPostcode) join(`${kind}p${r.postcode}`, i, opts.maxBlock, own);
    for (const p of r.phones) join(`${kind}t${p}`, i, opts.maxBlock, own);
    if (r.website) join(`${kind}w${r.website}`, i, opts.maxDomainBlock, own);
    if (r.emailDomain) join(`${kind}e${r.emailDomain}`, i, opts.maxDomainBlock, own);
    else if (r.email) join(`${kind}m${r.email}`, i, opts.maxBlock, own);
    keysOf.push(own);
    if (r.x !== null && r.y !== null) {
      const c = cellOf(kind === 's', Math.floor(r.x / opts.cell), Math.floor(r.y / opts.cell));
      const list = cells.get(c);
      if (list) list.push(i);
      else cells.set(c, [i]);
    }
  });

  const seen = new Int32Array(records.length).fill(-1);
  const pairUp = (i: number, block: number[]) => {
    for (const j of block) {
      if (j <= i || seen[j] === i) continue;
      seen[j] = i;
      visit(i, j);
    }
  };
  for (let i = 0; i < records.length; i++) {
    for (const b of keysOf[i]!) {
      const block = blocks[b]!;
      if (block.length >= 2 && block.length <= limit[b]!) pairUp(i, block);
    }
    const r = records[i]!;
    if (r.x === null || r.y === null) continue;
    const cx = Math.floor(r.x / opts.cell);
    const cy = Math.floor(r.y / opts.cell);
    const service = r.record.kind === 'service';
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) {
        const block = cells.get(cellOf(service, cx + dx, cy + dy));
        if (block && block.length <= opts.maxBlock) pairUp(i, block);
      }
  }
}
