// The timeline: every part of the record the caller may see, merged newest first, in plain words, a page
// at a time (older than the last entry of the page before). One audited read per page (access.ts).
import { readTimeline } from '../access.ts';
import { item } from '../present.ts';
import { OWN_SOURCE } from './fhir.ts';
import type { Timeline, TimelineQuery } from './schema.ts';
import type { EntryOptions } from './service.ts';

/** A long note is cut on the timeline; the whole text is in its part of the record. */
const MAX_TEXT = 200;

export async function recordTimeline(o: EntryOptions & { query: TimelineQuery }): Promise<Timeline> {
  const before = o.query.before ? new Date(o.query.before) : undefined;
  const page = await readTimeline({
    db: o.db,
    actor: o.actor,
    residentId: o.residentId,
    before,
    beforeId: before ? o.query.beforeId : undefined,
    limit: o.query.limit,
  });
  const items = page.entries.map((e) => {
    const i = item(e, o.locale);
    const full = i.detail && i.detail !== i.what.text ? `${i.what.text}: ${i.detail}` : i.what.text;
    const text = full.length > MAX_TEXT ? `${full.slice(0, MAX_TEXT - 1).trimEnd()}…` : full;
    return {
      id: e.id,
      date: i.date ?? e.recordedAt!.toISOString(),
      part: e.category,
      resourceType: e.resourceType,
      text,
      status: i.status,
      own: e.sourceSystem === OWN_SOURCE,
    };
  });
  const last = page.entries.at(-1);
  return {
    items,
    next: page.more && last ? { before: last.recordedAt!.toISOString(), beforeId: last.id } : null,
    undated: page.undated,
  };
}
