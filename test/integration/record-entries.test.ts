// The resident's own entries and the record views: measurements of every kind stored as FHIR Observations
// (LOINC, UCUM), notes as DocumentReference "Patient Note" and goals as Goal; refused values name their field
// in Dutch and English; own entries can be changed and deleted, imported ones answer 409 and take a
// correction request instead; nobody else reaches an entry; a professional sees notes only on a consent;
// the timeline merges every part newest first, a page at a time; every step leaves its audit row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS, MEASUREMENT_KINDS, type MeasurementKind } from '../../src/modules/record/entries/kinds.ts';
import { todayInAmsterdam } from '../../src/modules/record/entries/dates.ts';
import { bearer, createTestApp, makePerson, makeRegion, type TestApp } from '../support/app.ts';
import { everyCategoryBundle } from '../support/record.ts';

let t: TestApp;
let ids: Awaited<ReturnType<typeof makeRegion>>;
type Headers = Record<string, string>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers are read loosely; assertions check them
type Json = Record<string, any>;

const base = '/api/v1/me/record';
const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';

beforeAll(async () => {
  t = await createTestApp();
  ids = await makeRegion(t.db);
});
afterAll(() => t.close());

async function resident(withImport = false) {
  const p = await makePerson(t.db, { role: 'resident', neighbourhoodId: ids.neighbourhoodId });
  const headers = await bearer(t.db, p.id);
  if (withImport) {
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/import`,
      headers,
      payload: everyCategoryBundle(),
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  return { ...p, headers };
}

const post = (headers: Headers, path: string, payload: Json) =>
  t.app.inject({ method: 'POST', url: `${base}/${path}`, headers, payload });
const patch = (headers: Headers, id: string, payload: Json) =>
  t.app.inject({ method: 'PATCH', url: `${base}/entries/${id}`, headers, payload });
const del = (headers: Headers, id: string) =>
  t.app.inject({ method: 'DELETE', url: `${base}/entries/${id}`, headers });
const get = (headers: Headers, path: string) => t.app.inject({ url: `${base}/${path}`, headers });

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

const stored = (id: string) =>
  t.db.selectFrom('record_resource').selectAll().where('id', '=', id).executeTakeFirst();

const auditRows = (subjectId: string, objectId: string) =>
  t.db
    .selectFrom('audit_log')
    .selectAll()
    .where('subject_id', '=', subjectId)
    .where('object_id', '=', objectId)
    .orderBy('seq')
    .execute();

/** A sane value for each kind: the middle of its range. */
function sample(kind: MeasurementKind, date = daysAgo(1)) {
  const spec = KINDS[kind];
  const mid = (f: string) => {
    const v = spec.values.find((x) => x.field === f)!;
    return Math.round((v.min + v.max) / 2);
  };
  return kind === 'blood-pressure'
    ? { kind, systolic: 130, diastolic: 85, date, time: '08:15' }
    : { kind, value: mid('value'), date };
}

describe('own measurements', () => {
  it('stores every kind as a FHIR Observation with its LOINC code and UCUM unit, audited', async () => {
    const r = await resident();
    for (const kind of MEASUREMENT_KINDS) {
      const res = await post(r.headers, 'measurements', sample(kind));
      expect(res.statusCode, `${kind}: ${res.body}`).toBe(201);
      const entry = res.json();
      expect(entry).toMatchObject({
        category: 'measurements',
        resourceType: 'Observation',
        own: true,
        source: 'urn:wijkpunt:own',
        can: { edit: true, delete: true, requestCorrection: false },
        corrections: [],
        correctionRequestedAt: null,
      });
      expect(entry.input).toMatchObject({ type: 'measurement', kind, date: daysAgo(1) });

      const row = (await stored(entry.id))!;
      expect(row).toMatchObject({
        resident_id: r.id,
        resource_type: 'Observation',
        category: 'measurements',
        source_system: 'urn:wijkpunt:own',
        source_id: entry.id,
      });
      const o = row.resource as Json;
      const spec = KINDS[kind];
      expect(o).toMatchObject({
        resourceType: 'Observation',
        id: entry.id,
        status: 'final',
        meta: { source: 'urn:wijkpunt:own' },
        subject: { reference: `Patient/${r.id}` },
        performer: [{ reference: `Patient/${r.id}` }],
      });
      expect(o.category[0].coding[0]).toMatchObject({
        system: 'http://terminology.hl7.org/CodeSystem/observation-category',
        code: spec.category,
      });
      expect(o.code.coding[0]).toMatchObject({ system: LOINC, code: spec.loinc });
      if (kind === 'blood-pressure') {
        expect(o.code.coding[0].code).toBe('85354-9');
        expect(o.valueQuantity).toBeUndefined();
        expect(o.component).toEqual([
          expect.objectContaining({
            code: expect.objectContaining({
              coding: [expect.objectContaining({ system: LOINC, code: '8480-6' })],
            }),
            valueQuantity: { value: 130, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' },
          }),
          expect.objectContaining({
            code: expect.objectContaining({
              coding: [expect.objectContaining({ system: LOINC, code: '8462-4' })],
            }),
            valueQuantity: { value: 85, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' },
          }),
        ]);
        // A time on the Amsterdam clock, with its offset.
        expect(o.effectiveDateTime).toMatch(new RegExp(`^${daysAgo(1)}T08:15:00\\+0[12]:00$`));
      } else {
        expect(o.valueQuantity).toMatchObject({ system: UCUM, code: spec.values[0]!.ucum });
        expect(o.effectiveDateTime).toBe(daysAgo(1));
      }

      const audit = await auditRows(r.id, entry.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        action: 'create',
        object_type: 'record',
        basis: 'own_data',
        actor_id: r.id,
        outcome: 'success',
      });
    }
  });

  it('shows them in the measurements part and the summary’s latest values', async () => {
    const r = await resident();
    await post(r.headers, 'measurements', { kind: 'weight', value: 82.5, date: daysAgo(10) });
    await post(r.headers, 'measurements', { kind: 'weight', value: 80.1, date: daysAgo(2) });
    await post(r.headers, 'measurements', { kind: 'blood-pressure', systolic: 142, diastolic: 91 });
    await post(r.headers, 'measurements', { kind: 'steps', value: 8500, date: daysAgo(1) });

    const view = (await get(r.headers, 'measurements')).json();
    const weight = view.series.find((s: Json) => s.code === '29463-7');
    expect(weight.points.map((p: Json) => Number(p.value))).toEqual([82.5, 80.1]);
    expect(weight.points.every((p: Json) => typeof p.id === 'string')).toBe(true);
    expect(weight.unit).toBe('kg');
    expect(weight.what.text).toBe('Gewicht');
    expect(view.series.find((s: Json) => s.code === '8480-6').points[0].value).toBe(142);
    // A unit that is a UCUM code only ("/d") is said in words.
    expect(view.series.find((s: Json) => s.code === '41950-7').unit).toBe('per dag');

    const en = await t.app.inject({
      url: `${base}/measurements`,
      headers: { ...r.headers, 'accept-language': 'en' },
    });
    const steps = en.json().series.find((s: Json) => s.code === '41950-7');
    expect(steps.unit).toBe('per day');

    const summary = (await t.app.inject({ url: base, headers: r.headers })).json();
    const latest = Object.fromEntries(
      summary.latestMeasurements.map((m: Json): [string, number] => [m.code, m.value]),
    );
    expect(latest).toMatchObject({ '29463-7': 80.1, '8480-6': 142, '8462-4': 91, '41950-7': 8500 });
    expect(summary.counts.measurements).toBe(4);

    // In words (the timeline, one entry) a value is written as the reader writes numbers.
    const texts = async (lang: string): Promise<string[]> => {
      const res = await t.app.inject({
        url: `${base}/timeline`,
        headers: { ...r.headers, 'accept-language': lang },
      });
      return (res.json().items as Json[]).map((i) => String(i.text));
    };
    expect(await texts('nl')).toEqual(
      expect.arrayContaining(['Gewicht: 80,1 kg', 'Stappen op een dag: 8.500 per dag']),
    );
    expect(await texts('en')).toEqual(
      expect.arrayContaining(['Weight: 80.1 kg', 'Steps in a day: 8,500 per day']),
    );
  });

  it('refuses a value out of range, a missing value and a future date, naming the field in Dutch and English', async () => {
    const r = await resident();
    const nl = await post(r.headers, 'measurements', { kind: 'weight', value: 810, date: daysAgo(1) });
    expect(nl.statusCode).toBe(400);
    expect(nl.json()).toMatchObject({ code: 'validation_failed' });
    expect(nl.json().errors).toEqual([
      { path: 'body.value', message: 'Vul een gewicht in tussen 1 en 400 kg.' },
    ]);

    const en = await t.app.inject({
      method: 'POST',
      url: `${base}/measurements`,
      headers: { ...r.headers, 'accept-language': 'en' },
      payload: { kind: 'weight', value: 810 },
    });
    expect(en.json().errors).toEqual([
      { path: 'body.value', message: 'Enter a weight between 1 and 400 kg.' },
    ]);

    const bp = await post(r.headers, 'measurements', { kind: 'blood-pressure', systolic: 120, value: 80 });
    expect(bp.statusCode).toBe(400);
    expect(bp.json().errors).toEqual(
      expect.arrayContaining([
        { path: 'body.diastolic', message: 'Vul een onderdruk in.' },
        { path: 'body.value', message: 'Dit veld hoort niet bij bloeddruk.' },
      ]),
    );

    const lower = await post(r.headers, 'measurements', {
      kind: 'blood-pressure',
      systolic: 80,
      diastolic: 120,
    });
    expect(lower.json().errors).toEqual([
      { path: 'body.diastolic', message: 'De onderdruk moet lager zijn dan de bovendruk.' },
    ]);

    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const later = await post(r.headers, 'measurements', { kind: 'heart-rate', value: 72, date: future });
    expect(later.json().errors).toEqual([{ path: 'body.date', message: 'Deze datum ligt in de toekomst.' }]);

    const steps = await post(r.headers, 'measurements', { kind: 'steps', value: 100.5 });
    expect(steps.json().errors).toEqual([
      { path: 'body.value', message: 'Vul een aantal stappen in als heel getal.' },
    ]);

    const text = await post(r.headers, 'measurements', { kind: 'weight', value: '81,5' });
    expect(text.json().errors).toEqual([{ path: 'body.value', message: 'Vul een getal in.' }]);

    const kind = await post(r.headers, 'measurements', { kind: 'cholesterol', value: 5 });
    expect(kind.json().errors[0].path).toBe('body.kind');

    const count = await t.db
      .selectFrom('record_resource')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('resident_id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});

describe('own notes and goals', () => {
  it('stores a note as a DocumentReference "Patient Note" in the notes, and a goal as a Goal', async () => {
    const r = await resident();
    const text = 'Vandaag 20 minuten gewandeld. Knie deed minder pijn — fijn!';
    const n = await post(r.headers, 'notes', { text, date: daysAgo(3) });
    expect(n.statusCode, n.body).toBe(201);
    expect(n.json()).toMatchObject({
      category: 'notes',
      resourceType: 'DocumentReference',
      own: true,
      input: { type: 'note', text, date: daysAgo(3) },
    });
    const doc = (await stored(n.json().id))!;
    expect(doc.category).toBe('notes');
    const d = doc.resource as Json;
    expect(d).toMatchObject({
      resourceType: 'DocumentReference',
      status: 'current',
      meta: { source: 'urn:wijkpunt:own' },
      subject: { reference: `Patient/${r.id}` },
      author: [{ reference: `Patient/${r.id}` }],
      context: { period: { start: daysAgo(3) } },
    });
    expect(d.type.coding[0]).toMatchObject({ system: LOINC, code: '51855-5', display: 'Patient Note' });
    expect(d.content[0].attachment.contentType).toMatch(/^text\/plain/);
    expect(Buffer.from(d.content[0].attachment.data, 'base64').toString('utf8')).toBe(text);

    const g = await post(r.headers, 'goals', {
      description: 'Elke dag 30 minuten bewegen',
      targetDate: '2099-06-30',
    });
    expect(g.statusCode, g.body).toBe(201);
    const goal = (await stored(g.json().id))!;
    expect(goal.category).toBe('notes');
    expect(goal.resource).toMatchObject({
      resourceType: 'Goal',
      lifecycleStatus: 'active',
      description: { text: 'Elke dag 30 minuten bewegen' },
      subject: { reference: `Patient/${r.id}` },
      expressedBy: { reference: `Patient/${r.id}` },
      startDate: todayInAmsterdam(),
      target: [{ dueDate: '2099-06-30' }],
    });

    const notes = (await get(r.headers, 'notes')).json();
    expect(notes.items.map((i: Json) => String(i.resourceType)).sort()).toEqual([
      'DocumentReference',
      'Goal',
    ]);
    const note = notes.items.find((i: Json) => i.resourceType === 'DocumentReference');
    expect(note).toMatchObject({ what: { text: 'Eigen notitie' }, detail: text, date: daysAgo(3) });
    expect(notes.items.find((i: Json) => i.resourceType === 'Goal')).toMatchObject({
      what: { text: 'Elke dag 30 minuten bewegen' },
      status: 'active',
      endDate: '2099-06-30',
    });
    // A note is not a document: the documents part stays empty.
    expect((await get(r.headers, 'documents')).json().items).toEqual([]);

    const empty = await post(r.headers, 'notes', { text: '   ' });
    expect(empty.json().errors).toEqual([{ path: 'body.text', message: 'Vul dit veld in.' }]);
    const past = await post(r.headers, 'goals', { description: 'Stoppen met roken', targetDate: daysAgo(5) });
    expect(past.json().errors).toEqual([
      { path: 'body.targetDate', message: 'Kies een streefdatum van vandaag of later.' },
    ]);
  });
});

describe('changing entries', () => {
  it('changes and deletes own entries, checked as when added, and audited', async () => {
    const r = await resident();
    const w = (await post(r.headers, 'measurements', { kind: 'weight', value: 91, date: daysAgo(4) })).json();

    const changed = await patch(r.headers, w.id, { value: 81 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().input).toMatchObject({ kind: 'weight', value: 81, date: daysAgo(4) });
    expect(((await stored(w.id))!.resource as Json).valueQuantity.value).toBe(81);

    const bad = await patch(r.headers, w.id, { value: 0.2 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      { path: 'body.value', message: 'Vul een gewicht in tussen 1 en 400 kg.' },
    ]);
    const stray = await patch(r.headers, w.id, { text: 'hallo' });
    expect(stray.json().errors).toEqual([
      { path: 'body.text', message: 'Dit veld hoort niet bij een meting.' },
    ]);

    // Another kind starts without the old values.
    const bp = await patch(r.headers, w.id, { kind: 'blood-pressure', systolic: 125, diastolic: 80 });
    expect(bp.statusCode, bp.body).toBe(200);
    expect(bp.json().input).toMatchObject({ kind: 'blood-pressure', value: null, systolic: 125 });

    const n = (await post(r.headers, 'notes', { text: 'Eerste versie' })).json();
    const n2 = await patch(r.headers, n.id, { text: 'Tweede versie' });
    expect(n2.json().item.detail).toBe('Tweede versie');

    const g = (await post(r.headers, 'goals', { description: 'Afvallen' })).json();
    const g2 = await patch(r.headers, g.id, { targetDate: '2099-01-01' });
    expect(g2.json().input).toEqual({ type: 'goal', description: 'Afvallen', targetDate: '2099-01-01' });

    expect((await del(r.headers, w.id)).statusCode).toBe(204);
    expect(await stored(w.id)).toBeUndefined();
    expect((await get(r.headers, `entries/${w.id}`)).statusCode).toBe(404);

    const actions = (await auditRows(r.id, w.id)).map((a) => `${a.action}:${a.outcome}`);
    // Refused changes (400) write nothing; the 404 after the delete is logged as refused.
    expect(actions).toEqual([
      'create:success',
      'update:success',
      'update:success',
      'delete:success',
      'read:denied',
    ]);
  });

  it('refuses to change or delete an imported entry (409) and stores a correction request instead', async () => {
    const r = await resident(true);
    const imported = await t.db
      .selectFrom('record_resource')
      .select(['id', 'resource'])
      .where('resident_id', '=', r.id)
      .where('resource_type', '=', 'Observation')
      .executeTakeFirstOrThrow();

    const entry = await get(r.headers, `entries/${imported.id}`);
    expect(entry.statusCode).toBe(200);
    expect(entry.json()).toMatchObject({
      own: false,
      source: 'urn:test:gp',
      input: null,
      can: { edit: false, delete: false, requestCorrection: true },
      correctionRequestedAt: null,
    });

    const p = await patch(r.headers, imported.id, { value: 70 });
    expect(p.statusCode).toBe(409);
    expect(p.json().detail).toMatch(/Alleen de bron kan het verbeteren/);
    const pEn = await t.app.inject({
      method: 'PATCH',
      url: `${base}/entries/${imported.id}`,
      headers: { ...r.headers, 'accept-language': 'en' },
      payload: { value: 70 },
    });
    expect(pEn.json().detail).toMatch(/Only its source can correct it/);
    expect((await del(r.headers, imported.id)).statusCode).toBe(409);
    expect((await stored(imported.id))!.resource).toEqual(imported.resource);

    const message = 'Mijn gewicht was 71 kg, niet 81 kg.';
    const c = await post(r.headers, `entries/${imported.id}/correction-request`, { message });
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json().corrections).toEqual([expect.objectContaining({ message })]);
    expect(c.json().correctionRequestedAt).not.toBeNull();

    const rows = await t.db
      .selectFrom('record_correction')
      .selectAll()
      .where('resident_id', '=', r.id)
      .execute();
    expect(rows).toEqual([expect.objectContaining({ resource_id: imported.id, message })]);

    const again = (await get(r.headers, `entries/${imported.id}`)).json();
    expect(again.correctionRequestedAt).toBe(c.json().correctionRequestedAt);
    expect(again.corrections).toHaveLength(1);

    const audit = (await auditRows(r.id, imported.id)).map((a) => `${a.action}:${a.basis}:${a.outcome}`);
    expect(audit).toEqual(['read:own_data:success', 'create:own_data:success', 'read:own_data:success']);

    const empty = await post(r.headers, `entries/${imported.id}/correction-request`, { message: '' });
    expect(empty.json().errors).toEqual([{ path: 'body.message', message: 'Vul dit veld in.' }]);
    const own = (await post(r.headers, 'notes', { text: 'Mijn eigen notitie' })).json();
    const onOwn = await post(r.headers, `entries/${own.id}/correction-request`, { message: 'fout' });
    expect(onOwn.statusCode).toBe(409);
  });

  it('gives another resident 404 for someone else’s entries, and logs the refused tries', async () => {
    const anna = await resident();
    const bob = await resident();
    const w = (await post(anna.headers, 'measurements', { kind: 'weight', value: 70 })).json();
    expect((await get(bob.headers, `entries/${w.id}`)).statusCode).toBe(404);
    expect((await patch(bob.headers, w.id, { value: 60 })).statusCode).toBe(404);
    expect((await del(bob.headers, w.id)).statusCode).toBe(404);
    expect(
      (await post(bob.headers, `entries/${w.id}/correction-request`, { message: 'fout' })).statusCode,
    ).toBe(404);
    expect(((await stored(w.id))!.resource as Json).valueQuantity.value).toBe(70);
    const denied = await t.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('actor_id', '=', bob.id)
      .where('object_id', '=', w.id)
      .execute();
    expect(denied).toHaveLength(4);
    expect(denied.every((d) => d.outcome === 'denied')).toBe(true);
    // The id of an entry of someone else and of no entry at all look the same.
    expect((await get(bob.headers, `entries/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
  });

  it('is for residents only: a professional gets 403 on the own-entry endpoints', async () => {
    const pro = await makePerson(t.db, { role: 'professional', organisationId: ids.organisationId });
    const headers = await bearer(t.db, pro.id);
    expect((await post(headers, 'measurements', { kind: 'weight', value: 70 })).statusCode).toBe(403);
    expect((await get(headers, 'timeline')).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'POST', url: `${base}/notes`, payload: { text: 'x' } })).statusCode,
    ).toBe(401);
  });
});

describe('someone else reading own notes', () => {
  it('a professional sees the resident’s note only with a consent for notes', async () => {
    const r = await resident();
    const pro = await makePerson(t.db, {
      role: 'professional',
      discipline: 'practice_nurse',
      organisationId: ids.organisationId,
    });
    const proHeaders = await bearer(t.db, pro.id);
    const text = 'Ik slaap slecht sinds de nieuwe medicijnen.';
    await post(r.headers, 'notes', { text });
    const read = () =>
      t.app.inject({ url: `/api/v1/residents/${r.id}/record/notes?purpose=treatment`, headers: proHeaders });
    expect((await read()).statusCode).toBe(404);

    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const g = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/consents',
      headers: r.headers,
      payload: {
        grantee: { userId: pro.id },
        purpose: 'treatment',
        categories: ['notes'],
        validUntil: until,
      },
    });
    expect(g.statusCode, g.body).toBe(201);
    const res = await read();
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ resourceType: 'DocumentReference', detail: text }),
    ]);
    // The consent covers the notes, not the measurements.
    expect(
      (
        await t.app.inject({
          url: `/api/v1/residents/${r.id}/record/measurements?purpose=treatment`,
          headers: proHeaders,
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('the timeline', () => {
  it('merges every part newest first, pages by `before` without skipping entries at the same moment, audited once per page', async () => {
    const r = await resident(true);
    await post(r.headers, 'measurements', { kind: 'weight', value: 80, date: daysAgo(30) });
    await post(r.headers, 'measurements', { kind: 'weight', value: 79, date: daysAgo(20) });
    await post(r.headers, 'notes', { text: 'Een notitie van vandaag' });
    await post(r.headers, 'goals', { description: 'Een doel' });

    const all = (await get(r.headers, 'timeline?limit=200')).json();
    const dated = await t.db
      .selectFrom('record_resource')
      .select(['id', 'recorded_at'])
      .where('resident_id', '=', r.id)
      .where('category', '!=', 'patient')
      .execute();
    const withDate = dated.filter((d) => d.recorded_at !== null);
    expect(all.items).toHaveLength(withDate.length);
    expect(all.undated).toBe(dated.length - withDate.length);
    expect(all.next).toBeNull();
    const times = all.items.map((i: Json) => withDate.find((d) => d.id === i.id)!.recorded_at!.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // What the resident just wrote is on top, in plain words, with its part.
    expect(
      all.items
        .slice(0, 2)
        .map((i: Json) => String(i.part))
        .sort(),
    ).toEqual(['notes', 'notes']);
    const note = all.items.find(
      (i: Json): boolean => i.resourceType === 'DocumentReference' && i.own === true,
    );
    expect(note.text).toBe('Eigen notitie: Een notitie van vandaag');
    const weight = all.items.find((i: Json) => i.text === 'Gewicht: 79 kg');
    expect(weight).toMatchObject({ part: 'measurements', own: true, date: daysAgo(20) });
    expect(all.items.some((i: Json) => i.text === 'Body weight: 81 kg' && !i.own)).toBe(true);
    expect(all.undated).toBeGreaterThan(0);

    // Two entries at the same moment are not split apart and lost between pages.
    await t.db
      .updateTable('record_resource')
      .set({ recorded_at: new Date(`${daysAgo(25)}T12:00:00Z`) })
      .where('resident_id', '=', r.id)
      .where('category', '=', 'measurements')
      .execute();

    const seen: string[] = [];
    let url = 'timeline?limit=2';
    let pages = 0;
    for (;;) {
      const page = await get(r.headers, url);
      expect(page.statusCode, page.body).toBe(200);
      const body = page.json();
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((i: Json) => String(i.id)));
      pages++;
      if (!body.next) break;
      url = `timeline?limit=2&before=${encodeURIComponent(body.next.before)}&beforeId=${body.next.beforeId}`;
    }
    expect(seen).toHaveLength(withDate.length);
    expect(new Set(seen).size).toBe(withDate.length);
    expect(pages).toBe(Math.ceil(withDate.length / 2));

    // `before` alone: only what is older.
    const older = (await get(r.headers, `timeline?before=${daysAgo(25)}T12:00:00Z`)).json();
    expect(older.items.every((i: Json) => i.part !== 'measurements')).toBe(true);

    const reads = await t.db
      .selectFrom('audit_log')
      .select(['action', 'object_type', 'basis'])
      .where('subject_id', '=', r.id)
      .where('object_id', '=', 'timeline')
      .execute();
    expect(reads).toHaveLength(1 + pages + 1);
    expect(
      reads.every((x) => x.action === 'read' && x.object_type === 'record' && x.basis === 'own_data'),
    ).toBe(true);

    const bad = await get(r.headers, 'timeline?before=gisteren&limit=0');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: Json) => String(e.path))
        .sort(),
    ).toEqual(['querystring.before', 'querystring.limit']);
  });
});
