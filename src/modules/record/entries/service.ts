// The resident's own entries: add a measurement, a note or a goal; read, change or delete an entry; ask the
// source of an imported entry to correct it. Every read and write goes through access.ts (admit + audit in
// the same transaction); what the resident made themself (source urn:wijkpunt:own) they may change, what came
// from elsewhere only its source may correct (409 with the way to ask).
import { randomUUID } from 'node:crypto';
import type { Resource } from '@medplum/fhirtypes';
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../../server/auth/actor.ts';
import type { DB } from '../../../server/db/schema.ts';
import { AppError, bilingual, pickLanguage, type FieldError } from '../../../server/errors.ts';
import type { Locale } from '../../../server/i18n.ts';
import { validationMessage } from '../../../server/validation-messages.ts';
import { readEntry, writeEntry, writeRecord, type CorrectionRequest, type RecordEntry } from '../access.ts';
import { categoryOf, type RecordCategory, type SupportedType } from '../categories.ts';
import { recordedAt } from '../import.ts';
import { item } from '../present.ts';
import { todayInAmsterdam } from './dates.ts';
import { goalResource, measurementResource, noteResource, ownInput, OWN_SOURCE } from './fhir.ts';
import {
  goalBody,
  measurementBody,
  noteBody,
  type EntryPatch,
  type EntryView,
  type GoalInput,
  type MeasurementInput,
  type NoteInput,
  type OwnInput,
} from './schema.ts';

export interface EntryOptions {
  db: Kysely<DB>;
  actor: Actor;
  residentId: string;
  locale: Locale;
}

/** The entry as the web app shows it, with what the caller may do with it. */
export function entryView(entry: RecordEntry, corrections: CorrectionRequest[], locale: Locale): EntryView {
  const own = entry.sourceSystem === OWN_SOURCE;
  const input = own ? ownInput(entry.resourceType, entry.resource) : null;
  return {
    id: entry.id,
    category: entry.category,
    resourceType: entry.resourceType,
    item: item(entry, locale),
    own,
    source: entry.sourceSystem,
    input,
    corrections: corrections.map((c) => ({
      id: c.id,
      message: c.message,
      createdAt: c.createdAt.toISOString(),
    })),
    correctionRequestedAt: corrections[0]?.createdAt.toISOString() ?? null,
    can: { edit: input !== null, delete: own, requestCorrection: !own },
  };
}

/**
 * When an entry sorts on the timeline: its moment, and for a bare day that is today, now (so what the
 * resident just added is at the top, not below this morning's values from elsewhere).
 */
function moment(day: string | undefined, resource: object, now: Date): string | null {
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(day) && day === todayInAmsterdam(now)) return now.toISOString();
  return recordedAt(day ? { date: day } : resource);
}

async function insert(o: EntryOptions, resource: Resource & { id: string }, recorded: string | null) {
  const category = categoryOf(resource as Resource & { resourceType: SupportedType }) as RecordCategory;
  const stored: RecordEntry = {
    id: resource.id,
    resourceType: resource.resourceType,
    category,
    sourceSystem: OWN_SOURCE,
    resource: resource as unknown as Record<string, unknown>,
    recordedAt: recorded ? new Date(recorded) : null,
  };
  await writeRecord(
    {
      db: o.db,
      actor: o.actor,
      residentId: o.residentId,
      categories: [category],
      action: 'create',
      objectId: resource.id,
    },
    (trx) =>
      trx
        .insertInto('record_resource')
        .values({
          id: resource.id,
          resident_id: o.residentId,
          resource_type: resource.resourceType,
          category,
          source_system: OWN_SOURCE,
          source_id: resource.id,
          resource: JSON.stringify(resource),
          recorded_at: recorded,
        })
        .execute(),
  );
  return entryView(stored, [], o.locale);
}

export async function addMeasurement(o: EntryOptions & { input: MeasurementInput }): Promise<EntryView> {
  const now = new Date();
  const resource = measurementResource(randomUUID(), o.residentId, o.input, now);
  const recorded = o.input.time ? recordedAt(resource) : moment(o.input.date, resource, now);
  return insert(o, resource as typeof resource & { id: string }, recorded ?? now.toISOString());
}

export async function addNote(o: EntryOptions & { input: NoteInput }): Promise<EntryView> {
  const now = new Date();
  const resource = noteResource(randomUUID(), o.residentId, o.input, now);
  return insert(o, resource as typeof resource & { id: string }, moment(o.input.date, resource, now));
}

export async function addGoal(o: EntryOptions & { input: GoalInput }): Promise<EntryView> {
  const now = new Date();
  const today = todayInAmsterdam(now);
  checkTarget(o.input.targetDate, today, today);
  const resource = goalResource(randomUUID(), o.residentId, o.input, today);
  return insert(o, resource as typeof resource & { id: string }, now.toISOString());
}

/** A goal is reached on or after the day it was set. */
function checkTarget(target: string | null | undefined, startDate: string, today: string) {
  if (!target || target >= startDate) return;
  const [nl, en] =
    startDate === today
      ? ['Kies een streefdatum van vandaag of later.', 'Choose a target date of today or later.']
      : [
          `Kies een streefdatum op of na ${startDate.split('-').reverse().join('-')}, de dag dat u het doel stelde.`,
          `Choose a target date on or after ${startDate}, the day you set the goal.`,
        ];
  throw new AppError('validation_failed', undefined, [
    { path: 'body.targetDate', message: bilingual(nl, en) },
  ]);
}

export async function getEntry(o: EntryOptions & { entryId: string }): Promise<EntryView> {
  const { entry, corrections } = await readEntry(o);
  return entryView(entry, corrections, o.locale);
}

const notOwn = () =>
  new AppError(
    'conflict',
    bilingual(
      'Dit gegeven komt van uw zorgverlener (of een ander bestand) en niet van u zelf. Alleen de bron kan het verbeteren. Vraag de bron om een correctie.',
      'This entry comes from your care provider (or another file), not from you. Only its source can correct it. Ask the source for a correction.',
    ),
  );

/** Which fields a change of each kind of own entry may hold. */
const FIELDS: Record<OwnInput['type'], (keyof EntryPatch)[]> = {
  measurement: ['kind', 'value', 'systolic', 'diastolic', 'date', 'time'],
  note: ['text', 'date'],
  goal: ['description', 'targetDate'],
};
const WHAT: Record<OwnInput['type'], [string, string]> = {
  measurement: ['een meting', 'a measurement'],
  note: ['een notitie', 'a note'],
  goal: ['een doel', 'a goal'],
};

/** Turns zod's issues of a merged entry into field errors like those of the request's own validation. */
function fieldErrors(issues: z.core.$ZodIssue[]): FieldError[] {
  return issues.map((i) => {
    const issue = { code: i.code, message: i.message, params: i as unknown as Record<string, unknown> };
    const message =
      pickLanguage(i.message, 'nl') !== null
        ? i.message
        : bilingual(validationMessage(issue, 'nl'), validationMessage(issue, 'en'));
    return { path: ['body', ...i.path.map(String)].join('.'), message };
  });
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new AppError('validation_failed', undefined, fieldErrors(r.error.issues));
  return r.data;
}

/** The entry with the change applied, checked as a whole (a new kind of measurement starts without values). */
function merged(current: OwnInput, patch: EntryPatch): OwnInput {
  const stray = Object.entries(patch)
    .filter(([k, v]) => v !== undefined && !FIELDS[current.type].includes(k as keyof EntryPatch))
    .map(([k]) => ({
      path: `body.${k}`,
      message: bilingual(
        `Dit veld hoort niet bij ${WHAT[current.type][0]}.`,
        `This field does not belong with ${WHAT[current.type][1]}.`,
      ),
    }));
  if (stray.length) throw new AppError('validation_failed', undefined, stray);
  const defined = <T extends object>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
  const p = defined(patch);
  switch (current.type) {
    case 'measurement': {
      const { type: _, ...was } = current;
      const start =
        p.kind && p.kind !== was.kind ? { kind: p.kind, date: was.date, time: was.time } : defined(was);
      const m = parse(measurementBody, { ...defined(start), ...p });
      return {
        type: 'measurement',
        ...m,
        value: m.value ?? null,
        systolic: m.systolic ?? null,
        diastolic: m.diastolic ?? null,
        date: m.date ?? null,
        time: m.time ?? null,
      };
    }
    case 'note': {
      const n = parse(noteBody, {
        text: current.text,
        ...(current.date ? { date: current.date } : {}),
        ...p,
      });
      return { type: 'note', text: n.text, date: n.date ?? null };
    }
    case 'goal': {
      const g = parse(goalBody, { description: current.description, targetDate: current.targetDate, ...p });
      return { type: 'goal', description: g.description, targetDate: g.targetDate ?? null };
    }
  }
}

/** The changed resource: made anew from the entry's plain shape, keeping what the change does not touch. */
function rebuilt(entry: RecordEntry, next: OwnInput, residentId: string, now: Date) {
  const old = entry.resource;
  switch (next.type) {
    case 'measurement': {
      const { type: _, ...m } = next;
      const input = Object.fromEntries(Object.entries(m).filter(([, v]) => v !== null)) as MeasurementInput;
      const r = measurementResource(entry.id, residentId, input, now);
      // A measurement without a date keeps the moment it was first stored at.
      if (!input.date && typeof old.effectiveDateTime === 'string')
        r.effectiveDateTime = old.effectiveDateTime;
      return {
        resource: r as Resource,
        recorded: input.time || !input.date ? recordedAt(r) : moment(input.date, r, now),
      };
    }
    case 'note': {
      const r = noteResource(
        entry.id,
        residentId,
        { text: next.text, ...(next.date ? { date: next.date } : {}) },
        now,
      );
      // `date` is when the note was first written down.
      if (typeof old.date === 'string') r.date = old.date;
      const kept = entry.recordedAt?.toISOString() ?? null;
      const day = r.context?.period?.start;
      const recorded = day && kept && kept.startsWith(day) ? kept : recordedAt({ date: day });
      return { resource: r as Resource, recorded };
    }
    case 'goal': {
      const startDate = typeof old.startDate === 'string' ? old.startDate : todayInAmsterdam(now);
      checkTarget(next.targetDate, startDate, todayInAmsterdam(now));
      const r = goalResource(entry.id, residentId, next, startDate);
      if (typeof old.lifecycleStatus === 'string')
        r.lifecycleStatus = old.lifecycleStatus as typeof r.lifecycleStatus;
      return { resource: r as Resource, recorded: entry.recordedAt?.toISOString() ?? now.toISOString() };
    }
  }
}

async function corrections(trx: Transaction<DB>, residentId: string, entryId: string) {
  const rows = await trx
    .selectFrom('record_correction')
    .select(['id', 'message', 'created_at'])
    .where('resident_id', '=', residentId)
    .where('resource_id', '=', entryId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((c) => ({ id: c.id, message: c.message, createdAt: c.created_at }));
}

export async function changeEntry(
  o: EntryOptions & { entryId: string; patch: EntryPatch },
): Promise<EntryView> {
  return writeEntry({ ...o, action: 'update' }, async (trx, entry) => {
    if (entry.sourceSystem !== OWN_SOURCE) throw notOwn();
    const current = ownInput(entry.resourceType, entry.resource);
    if (!current) throw notOwn();
    const next = merged(current, o.patch);
    const { resource, recorded } = rebuilt(entry, next, o.residentId, new Date());
    const category = categoryOf(resource as Resource & { resourceType: SupportedType }) as RecordCategory;
    if (category !== entry.category) throw notOwn();
    await trx
      .updateTable('record_resource')
      .set({ resource: JSON.stringify(resource), recorded_at: recorded, updated_at: new Date() })
      .where('id', '=', entry.id)
      .where('resident_id', '=', o.residentId)
      .execute();
    const stored: RecordEntry = {
      ...entry,
      resource: resource as unknown as Record<string, unknown>,
      recordedAt: recorded ? new Date(recorded) : null,
    };
    return entryView(stored, await corrections(trx, o.residentId, entry.id), o.locale);
  });
}

export async function deleteEntry(o: EntryOptions & { entryId: string }): Promise<void> {
  await writeEntry({ ...o, action: 'delete' }, async (trx, entry) => {
    if (entry.sourceSystem !== OWN_SOURCE) throw notOwn();
    await trx
      .deleteFrom('record_resource')
      .where('id', '=', entry.id)
      .where('resident_id', '=', o.residentId)
      .execute();
  });
}

/** Stores the resident's request to the source of an imported entry to correct it; audited as a create. */
export async function requestCorrection(
  o: EntryOptions & { entryId: string; message: string },
): Promise<EntryView> {
  return writeEntry({ ...o, action: 'create' }, async (trx, entry) => {
    if (entry.sourceSystem === OWN_SOURCE) {
      throw new AppError(
        'conflict',
        bilingual(
          'Dit heeft u zelf ingevuld. U kunt het zelf wijzigen of verwijderen.',
          'You entered this yourself. You can change or delete it yourself.',
        ),
      );
    }
    await trx
      .insertInto('record_correction')
      .values({ resident_id: o.residentId, resource_id: entry.id, message: o.message })
      .execute();
    return entryView(entry, await corrections(trx, o.residentId, entry.id), o.locale);
  });
}
