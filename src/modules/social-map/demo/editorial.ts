// The demo map's editorial life, so the coordinator's worklist and the editor's pages show real things:
// problem reports from residents (open ones, with the editors' notifications, and one closed with a note),
// a change by the sports club's editor waiting for review, and one the coordinator sent back with a remark.
// Ids come from stable keys and rows are only added (ON CONFLICT DO NOTHING), so a second run adds nothing
// and a change the demo user made (approved, closed) is left alone.
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../../server/db/schema.ts';
import { readDocument } from '../editing/document.ts';
import { editorsOf } from '../editing/reports.ts';
import { ensureBaseline } from '../editing/service.ts';
import type { ServiceDocument } from '../editing/schema.ts';
import type { ProblemKind } from '../editing/tables.ts';
import type { Wijk } from './places.ts';
import { demoId, demoServiceCopies } from './seed.ts';

const COORDINATOR = 'coordinator@demo.wijkpunt.nl';
const PROVIDER_EDITOR = 'aanbieder@demo.wijkpunt.nl';

interface DemoReport {
  key: string;
  service: [key: string, wijk: Wijk];
  kind: ProblemKind;
  description: string;
  email: string | null;
  daysAgo: number;
  closed?: { daysAgo: number; note: string };
}

export const DEMO_REPORTS: readonly DemoReport[] = [
  {
    key: 'stoelyoga-gestopt',
    service: ['stoelyoga', 'B'],
    kind: 'stopped',
    description:
      'Ik wilde meedoen met de stoelyoga, maar in het buurthuis zeiden ze dat de les sinds de zomer niet meer is.',
    email: null,
    daysAgo: 5,
  },
  {
    key: 'geldmaatje-telefoon',
    service: ['geldmaatje', 'B'],
    kind: 'wrong_phone',
    description: 'Als ik het nummer bel, hoor ik dat het nummer niet in gebruik is.',
    email: 'r.hendriks@example.com',
    daysAgo: 2,
  },
  {
    key: 'zwemmen-verhuisd',
    service: ['zwemmen-senioren', 'C'],
    kind: 'moved',
    description: 'Het zwemuur voor senioren is tijdens de verbouwing in het zwembad van Terwinselen.',
    email: null,
    daysAgo: 9,
  },
  {
    key: 'conditietraining-dag',
    service: ['conditietraining', 'C'],
    kind: 'other',
    description: 'De training is nu op maandagavond, niet meer op de dag die hier staat.',
    email: 'sportief.kerkrade@example.com',
    daysAgo: 4,
  },
  {
    key: 'nordic-walking-adres',
    service: ['nordic-walking', 'T'],
    kind: 'wrong_address',
    description: 'Het verzamelpunt is bij de ingang van het park, niet bij het adres dat hier staat.',
    email: null,
    daysAgo: 7,
  },
  {
    key: 'voedselbank-adres',
    service: ['voedselbank', 'C'],
    kind: 'wrong_address',
    description: 'Het uitgiftepunt zit nu aan de andere kant van het gebouw, bij de zij-ingang.',
    email: 'buurman@example.com',
    daysAgo: 20,
    closed: {
      daysAgo: 18,
      note: 'Nagevraagd bij de voedselbank: de ingang staat nu in de beschrijving. Dank voor de melding.',
    },
  },
];

interface DemoRevision {
  key: string;
  service: [key: string, wijk: Wijk];
  state: 'review' | 'sent_back';
  change: (doc: ServiceDocument) => void;
  createdDaysAgo: number;
  submittedDaysAgo: number;
  /** The coordinator's remark on a change sent back. */
  sentBack?: { daysAgo: number; remark: string };
}

export const DEMO_REVISIONS: readonly DemoRevision[] = [
  {
    // Waiting for the coordinator: a new time and a higher fee.
    key: 'volleybal-nieuwe-tijd',
    service: ['volleybal', 'C'],
    state: 'review',
    createdDaysAgo: 4,
    submittedDaysAgo: 3,
    change: (doc) => {
      for (const s of doc.schedules) {
        s.opens_at = '19:30';
        s.closes_at = '21:00';
        s.description = 'Elke woensdag, 19:30–21:00';
      }
      for (const c of doc.cost_options) {
        c.amount = 135;
        c.amount_description = '€ 135,00 per jaar';
      }
      doc.fees_description = '€ 135,00 per jaar';
    },
  },
  {
    // Sent back: the new phone number misses a digit.
    key: 'jeugdvoetbal-telefoon',
    service: ['jeugdvoetbal', 'C'],
    state: 'sent_back',
    createdDaysAgo: 10,
    submittedDaysAgo: 9,
    sentBack: {
      daysAgo: 8,
      remark:
        'Het nieuwe telefoonnummer lijkt een cijfer te missen. Wilt u het nakijken en de wijziging opnieuw insturen? De nieuwe tekst is goed.',
    },
    change: (doc) => {
      const first = doc.phones[0];
      if (first) {
        first.number = '045 123 456';
        first.description = 'Jeugdcoördinator';
      }
      doc.summary_b1 = `${doc.summary_b1 ?? ''} Aanmelden kan bij de jeugdcoördinator.`.trim();
    },
  },
];

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

function serviceIdOf([key, wijk]: [string, Wijk]): string {
  const copy = demoServiceCopies().find((c) => c.entry.key === key && c.wijk === wijk);
  if (!copy) throw new Error(`Demo editorial: no service ${key} in ${wijk}`);
  return copy.id;
}

async function personId(db: Kysely<DB>, email: string): Promise<string | null> {
  const p = await db.selectFrom('person').select('id').where('email', '=', email).executeTakeFirst();
  return p?.id ?? null;
}

/** Adds the demo's problem reports and revisions in progress; returns how many rows were added. */
export async function seedEditorialDemo(
  db: Kysely<DB>,
  opts: { now: Date },
): Promise<{ reports: number; notifications: number; revisions: number }> {
  const { now } = opts;
  const coordinator = await personId(db, COORDINATOR);
  const editor = await personId(db, PROVIDER_EDITOR);
  const added = { reports: 0, notifications: 0, revisions: 0 };

  for (const r of DEMO_REPORTS) {
    const serviceId = serviceIdOf(r.service);
    const created = daysBefore(now, r.daysAgo);
    const row: Insertable<DB['sm_problem_report']> = {
      id: demoId(`report:${r.key}`),
      service_id: serviceId,
      kind: r.kind,
      description: r.description,
      reporter_email: r.email,
      status: r.closed ? 'closed' : 'open',
      created_at: created,
      closed_at: r.closed ? daysBefore(now, r.closed.daysAgo) : null,
      closed_by: r.closed ? coordinator : null,
      close_note: r.closed?.note ?? null,
    };
    const inserted = await db
      .insertInto('sm_problem_report')
      .values(row)
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .execute();
    added.reports += inserted.length;
    if (!inserted.length || r.closed) continue;
    // As a report from the public does: the entry's editors hear of it in the app.
    const service = await db
      .selectFrom('sm_service')
      .select('name')
      .where('id', '=', serviceId)
      .executeTakeFirstOrThrow();
    const editors = await editorsOf(db, serviceId);
    if (!editors.length) continue;
    const notes = await db
      .insertInto('sm_notification')
      .values(
        editors.map((e) => ({
          id: demoId(`notification:${r.key}:${e.id}`),
          person_id: e.id,
          service_id: serviceId,
          kind: 'problem_report' as const,
          message: `Melding over "${service.name}": er klopt iets niet.`,
          created_at: created,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .execute();
    added.notifications += notes.length;
  }

  // Changes need their author (the sports club's editor) and reviewer (the coordinator): only with the
  // demo accounts (seedDemo), not when the map is seeded on its own.
  if (!editor || !coordinator) return added;
  for (const r of DEMO_REVISIONS) {
    const serviceId = serviceIdOf(r.service);
    const open = await db
      .selectFrom('sm_revision')
      .select('id')
      .where('service_id', '=', serviceId)
      .where((eb) => eb.or([eb('state', '<>', 'published'), eb('id', '=', demoId(`revision:${r.key}`))]))
      .executeTakeFirst();
    if (open) continue; // ours is there (or was decided), or someone is editing this entry
    const current = await readDocument(db, serviceId);
    // The entry as seeded is version 1, so the change has a "before" (as the editing service does).
    await ensureBaseline(db, serviceId, current);
    const doc = structuredClone(current);
    r.change(doc);
    const submitted = daysBefore(now, r.submittedDaysAgo);
    const inserted = await db
      .insertInto('sm_revision')
      .values({
        id: demoId(`revision:${r.key}`),
        service_id: serviceId,
        state: r.state,
        document: JSON.stringify(doc),
        author_id: editor,
        remark: r.sentBack?.remark ?? null,
        decided_by: r.sentBack ? coordinator : null,
        created_at: daysBefore(now, r.createdDaysAgo),
        updated_at: r.sentBack ? daysBefore(now, r.sentBack.daysAgo) : submitted,
        submitted_at: submitted,
        decided_at: r.sentBack ? daysBefore(now, r.sentBack.daysAgo) : null,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .execute();
    added.revisions += inserted.length;
  }
  return added;
}
