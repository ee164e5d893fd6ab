// Field-level validation of a batch: one zod schema per HSDS table, made from TABLES. Text from CSV files
// arrives as strings, so the schemas also turn '12' into 12 and 'true' into true. Every problem is
// reported as { table, id, field, reason }.
import { z } from 'zod';
import {
  TABLE_KEYS,
  TABLES,
  emptyBatch,
  type Batch,
  type ColumnSpec,
  type Row,
  type TableKey,
} from './batch.ts';

export interface Problem {
  table: TableKey;
  id: string;
  field: string;
  reason: string;
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function toNumber(v: unknown): unknown {
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim());
    return Number.isNaN(n) ? v : n;
  }
  return v;
}

function toBoolean(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.trim().toLowerCase();
  if (['true', '1', 'yes', 't'].includes(s)) return true;
  if (['false', '0', 'no', 'f'].includes(s)) return false;
  return v;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
// A date and time that says its zone: Z or an offset (+01:00, +0100, +01).
const ZONED_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}(:?\d{2})?)$/i;
const validDate = (s: string) => DATE_RE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

function base(col: ColumnSpec): z.ZodType {
  switch (col.type) {
    case 'uuid':
      return z.guid({ error: 'must be a uuid' });
    case 'text': {
      let s = z.string({ error: 'must be text' });
      if (col.nonEmpty) s = s.refine((v) => v.trim() !== '', { error: 'must not be empty' });
      if (col.pattern) s = s.regex(col.pattern, { error: `does not match ${String(col.pattern)}` });
      if (col.values) {
        const allowed = col.values;
        return s.refine((v) => allowed.includes(v), {
          error: (iss) => `"${String(iss.input)}" is not one of: ${allowed.join(', ')}`,
        });
      }
      return s;
    }
    case 'int':
    case 'num': {
      let n = z.number({ error: 'must be a number' });
      if (col.type === 'int') n = n.int({ error: 'must be a whole number' });
      if (!col.soft && col.min !== undefined) n = n.min(col.min, { error: `must be at least ${col.min}` });
      if (!col.soft && col.max !== undefined) n = n.max(col.max, { error: `must be at most ${col.max}` });
      return z.preprocess(toNumber, n);
    }
    case 'bool':
      return z.preprocess(toBoolean, z.boolean({ error: 'must be true or false' }));
    case 'date':
      return z.string({ error: 'must be a date (YYYY-MM-DD)' }).refine(validDate, {
        error: 'must be a date (YYYY-MM-DD)',
      });
    case 'timestamp': {
      const stamp = z
        .string({ error: 'must be a date and time (ISO 8601)' })
        .refine((s) => !Number.isNaN(Date.parse(s)), { error: 'must be a date and time (ISO 8601)' });
      return z.preprocess(
        (v) => (v instanceof Date ? v.toISOString() : v),
        col.zoned
          ? stamp.refine((s) => ZONED_RE.test(s.trim()), {
              error: 'must be a date and time with its time zone (ISO 8601, e.g. 2026-03-03T10:00:00+01:00)',
            })
          : stamp,
      );
    }
  }
}

function columnSchema(col: ColumnSpec): z.ZodType {
  const keepEmpty = col.type === 'text' && col.required && !col.nonEmpty;
  const inner = base(col);
  return z.preprocess(
    (v) => {
      // JSON producers write numeric identifiers as numbers (the HSDS example's tabular.json).
      if (col.type === 'text' && typeof v === 'number') return String(v);
      if (keepEmpty && typeof v === 'string') return v;
      if (blank(v)) return col.default ?? null;
      return v;
    },
    col.required || col.nonEmpty
      ? inner.nullable().refine((v) => v !== null, { error: 'is required' })
      : inner.nullable(),
  );
}

const schemas = Object.fromEntries(
  TABLE_KEYS.map((key) => [
    key,
    z.object(Object.fromEntries(TABLES[key].columns.map((c) => [c.name, columnSchema(c)]))),
  ]),
) as unknown as Record<TableKey, z.ZodType<Row>>;

function crossField(key: TableKey, row: Row): { field: string; reason: string } | null {
  if (key === 'services') {
    const { minimum_age: min, maximum_age: max } = row as {
      minimum_age: number | null;
      maximum_age: number | null;
    };
    if (min !== null && max !== null && min > max)
      return { field: 'maximum_age', reason: 'must not be below minimum_age' };
  }
  if (key === 'sessions') {
    const r = row as {
      starts_at: string;
      ends_at: string | null;
      capacity: number | null;
      places_taken: number;
    };
    if (r.ends_at !== null && Date.parse(r.ends_at) <= Date.parse(r.starts_at))
      return { field: 'ends_at', reason: 'must be after starts_at' };
    if (r.capacity !== null && r.places_taken > r.capacity)
      return { field: 'places_taken', reason: `must not exceed capacity (${r.capacity})` };
  }
  return null;
}

export interface Validated {
  batch: Batch;
  refused: Problem[];
  warnings: Problem[];
}

/** Validates every record; returns the cleaned batch (defaults filled in, types converted), what is refused
 * and what was dropped with a warning. */
export function validateBatch(input: Batch, now: string = new Date().toISOString()): Validated {
  const batch = emptyBatch();
  const refused: Problem[] = [];
  const warnings: Problem[] = [];
  for (const key of TABLE_KEYS) {
    const seen = new Set<string>();
    const soft = TABLES[key].columns.filter((c) => c.soft);
    for (const raw of input[key]) {
      const id = blank(raw.id) ? '(no id)' : String(raw.id);
      const parsed = schemas[key].safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          refused.push({
            table: key,
            id,
            field: issue.path.map(String).join('.') || '(record)',
            reason: issue.message,
          });
        }
        continue;
      }
      const row = parsed.data;
      const cross = crossField(key, row);
      if (cross) {
        refused.push({ table: key, id, ...cross });
        continue;
      }
      if (seen.has(id)) {
        refused.push({ table: key, id, field: 'id', reason: 'appears more than once in the batch' });
        continue;
      }
      seen.add(id);
      for (const col of soft) {
        const v = row[col.name];
        if (
          typeof v === 'number' &&
          ((col.min !== undefined && v < col.min) || (col.max !== undefined && v > col.max))
        ) {
          warnings.push({
            table: key,
            id,
            field: col.name,
            reason: `${v} lies outside ${col.min}…${col.max}; left empty`,
          });
          row[col.name] = null;
        }
      }
      if (key === 'services' && row.last_modified === null) row.last_modified = now;
      batch[key].push(row);
    }
  }
  return { batch, refused, warnings };
}
