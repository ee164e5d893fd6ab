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
    case 'timestamp':
      return z.preprocess(
        (v) => (v instanceof Date ? v.toISOString() : v),
        z
          .string({ error: 'must be a date and time (ISO 8601)' })
          .refine((s) => !Number.isNaN(Date.parse(s)), { error: 'must be a date and time (ISO 8601)' }),
      );
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

// The fast path: the same conversions and checks as the schemas above, written out, for the valid records
// that make up nearly every import (tens of thousands per batch, where the schemas cost more than the
// database). A value it does not accept sends the whole record through the schema, which then says why,
// so refusals read exactly as before. import.test.ts holds the two to the same results.
const NOT_VALID = Symbol('not valid');
const GUID = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;

function fastColumn(col: ColumnSpec): (v: unknown) => unknown {
  const keepEmpty = col.type === 'text' && col.required && !col.nonEmpty;
  const mandatory = col.required || col.nonEmpty;
  const checkRange = !col.soft;
  return (input) => {
    let v = input;
    if (col.type === 'text' && typeof v === 'number') v = String(v);
    else if (!(keepEmpty && typeof v === 'string') && blank(v)) v = col.default ?? null;
    if (v === null) return mandatory ? NOT_VALID : null;
    switch (col.type) {
      case 'uuid':
        return typeof v === 'string' && GUID.test(v) ? v : NOT_VALID;
      case 'text':
        if (typeof v !== 'string') return NOT_VALID;
        if (col.nonEmpty && v.trim() === '') return NOT_VALID;
        if (col.pattern && !col.pattern.test(v)) return NOT_VALID;
        if (col.values && !col.values.includes(v)) return NOT_VALID;
        return v;
      case 'int':
      case 'num': {
        const n = toNumber(v);
        if (typeof n !== 'number' || !Number.isFinite(n)) return NOT_VALID;
        if (col.type === 'int' && !Number.isSafeInteger(n)) return NOT_VALID;
        if (checkRange && col.min !== undefined && n < col.min) return NOT_VALID;
        if (checkRange && col.max !== undefined && n > col.max) return NOT_VALID;
        return n;
      }
      case 'bool': {
        const b = toBoolean(v);
        return typeof b === 'boolean' ? b : NOT_VALID;
      }
      case 'date':
        return typeof v === 'string' && validDate(v) ? v : NOT_VALID;
      case 'timestamp': {
        const t = v instanceof Date ? v.toISOString() : v;
        return typeof t === 'string' && !Number.isNaN(Date.parse(t)) ? t : NOT_VALID;
      }
    }
  };
}

const fastChecks = Object.fromEntries(
  TABLE_KEYS.map((key) => [key, TABLES[key].columns.map((c) => [c.name, fastColumn(c)] as const)]),
) as unknown as Record<TableKey, (readonly [string, (v: unknown) => unknown])[]>;

/** A record converted like its schema does, or null when some value needs the schema's verdict. */
export function fastParse(key: TableKey, raw: Row): Row | null {
  const row: Row = {};
  for (const [name, check] of fastChecks[key]) {
    const v = check(raw[name]);
    if (v === NOT_VALID) return null;
    row[name] = v;
  }
  return row;
}

/** The schema's result for one record (the reference the fast path is held to). */
export function schemaParse(key: TableKey, raw: Row) {
  return schemas[key].safeParse(raw);
}

function crossField(key: TableKey, row: Row): { field: string; reason: string } | null {
  if (key === 'services') {
    const { minimum_age: min, maximum_age: max } = row as {
      minimum_age: number | null;
      maximum_age: number | null;
    };
    if (min !== null && max !== null && min > max)
      return { field: 'maximum_age', reason: 'must not be below minimum_age' };
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
      const fast = fastParse(key, raw);
      const parsed = fast ? { success: true as const, data: fast } : schemas[key].safeParse(raw);
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
