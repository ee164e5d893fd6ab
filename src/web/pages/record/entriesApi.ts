// API client of the resident's own entries, one entry and the timeline. Shapes come from the server's zod
// schemas (type-only imports); the measurement kinds are the server's own list (plain data).
import type { z } from 'zod';
import { request } from '../../api.ts';
import type * as s from '../../../modules/record/entries/schema.ts';

export {
  KINDS,
  MEASUREMENT_KINDS,
  type KindSpec,
  type MeasurementKind,
  type ValueField,
  type ValueSpec,
} from '../../../modules/record/entries/kinds.ts';

export type EntryView = z.output<typeof s.entryOut>;
export type OwnInput = z.output<typeof s.ownInputOut>;
export type Timeline = z.output<typeof s.timelineOut>;
export type TimelineItem = Timeline['items'][number];

/** Numbers and choices go as typed when they are not valid, so the server names the problem at the field. */
type Loose<T> = {
  [K in keyof T]: K extends 'kind' ? string : T[K] extends number | null | undefined ? T[K] | string : T[K];
};
export type MeasurementBody = Loose<z.input<typeof s.measurementBody>>;
export type NoteBody = z.input<typeof s.noteBody>;
export type GoalBody = z.input<typeof s.goalBody>;
export type EntryPatch = Loose<z.input<typeof s.entryPatch>>;

const base = '/me/record';
const entry = (id: string) => `${base}/entries/${encodeURIComponent(id)}`;

export const entriesApi = {
  addMeasurement: (body: MeasurementBody) => request<EntryView>('POST', `${base}/measurements`, { body }),
  addNote: (body: NoteBody) => request<EntryView>('POST', `${base}/notes`, { body }),
  addGoal: (body: GoalBody) => request<EntryView>('POST', `${base}/goals`, { body }),
  get: (id: string) => request<EntryView>('GET', entry(id)),
  change: (id: string, body: EntryPatch) => request<EntryView>('PATCH', entry(id), { body }),
  remove: (id: string) => request<null>('DELETE', entry(id)),
  requestCorrection: (id: string, message: string) =>
    request<EntryView>('POST', `${entry(id)}/correction-request`, { body: { message } }),
  timeline: (next?: { before: string; beforeId: string }) =>
    request<Timeline>('GET', `${base}/timeline`, {
      query: { limit: '25', ...(next ? { before: next.before, beforeId: next.beforeId } : {}) },
    }),
};
