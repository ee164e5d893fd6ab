// A questionnaire linked to one of our instrument scorers (docs/decisions/0018, 0021): which question
// gives which item of the instrument, and which answer code gives which value. This is how an organisation
// holding a licence loads the texts of, say, the GFI and has them scored by our scorer. The link is checked
// against the scorer's items on import, so every option of a linked question gives a value the scorer takes.
import { z } from 'zod';
import { bilingual, pickLanguage } from '../../../server/errors.ts';
import { validationMessage } from '../../../server/validation-messages.ts';
import type { ItemMeta, ScoreResult, ValueSet } from '../instruments/instrument.ts';
import { INSTRUMENT_CODES } from '../instruments/instrument.ts';
import { instrumentByCode } from '../instruments/registry.ts';
import type { Definition, ItemDef, Value } from './definition.ts';
import type { AnswerError } from './engine.ts';

const scorerValue = z.union([z.string().min(1).max(64), z.number()]);
/** answer code (a coding's code, a string, a number written out, or true / false) → the scorer's value */
const valueMap = z.record(z.string().min(1).max(255), scorerValue);

export const scorerLinkSchema = z.strictObject({
  /** the instrument's code, as in POST /api/v1/instruments/{code}/score */
  instrument: z.string().min(1).max(64),
  /** per linkId: the scorer's item id, the day (0–6) for an item that takes a week, and item-only values */
  items: z.record(
    z.string().min(1).max(255),
    z.strictObject({
      item: z.string().min(1).max(64),
      day: z.number().int().min(0).max(6).optional(),
      values: valueMap.optional(),
    }),
  ),
  /** values for every linked question (an item's own `values` come first) */
  values: valueMap.optional(),
  /** for an instrument whose texts are licensed: the importer confirms their organisation holds the licence */
  licenceConfirmed: z.boolean().optional(),
});
export type ScorerLink = z.infer<typeof scorerLinkSchema>;
type Mapping = ScorerLink['items'][string];

export interface LinkError {
  /** dot path inside the link, e.g. `items.H1/T1/Q1.item` */
  path: string;
  message: string;
}

/** The key an answer is looked up by in the value maps; null for a date, which no scorer takes. */
function answerKey(v: Value): string | null {
  switch (v.kind) {
    case 'coding':
      return v.code;
    case 'string':
      return v.value;
    case 'integer':
    case 'decimal':
    case 'boolean':
      return String(v.value);
    case 'date':
      return null;
  }
}

/**
 * What the scorer gets for an answer: the item's own value for its key, else the link's, else a number as
 * it is and a code or text as it is; undefined when there is nothing to give (a yes/no, a date).
 */
function mapAnswer(v: Value, m: Mapping, link: ScorerLink): string | number | undefined {
  const key = answerKey(v);
  if (key === null) return undefined;
  const mapped = m.values?.[key] ?? link.values?.[key];
  if (mapped !== undefined) return mapped;
  if (v.kind === 'integer' || v.kind === 'decimal') return v.value;
  if (v.kind === 'coding' || v.kind === 'string') return key;
  return undefined;
}

function accepts(values: ValueSet, v: string | number): boolean {
  switch (values.kind) {
    case 'choice':
      return typeof v === 'string' && values.options.includes(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v) && v >= values.min && v <= values.max;
    case 'number':
      return typeof v === 'number' && v >= values.min && v <= values.max;
    case 'week':
      return accepts(values.day, v);
  }
}

const allowed = (values: ValueSet): string =>
  values.kind === 'choice'
    ? values.options.join(', ')
    : values.kind === 'week'
      ? allowed(values.day)
      : `${values.min}–${values.max}`;

/** The answers a question can give, when they can be listed (options, yes and no). */
function finiteAnswers(d: ItemDef): Value[] | null {
  if (d.type === 'boolean') {
    return [
      { kind: 'boolean', value: true },
      { kind: 'boolean', value: false },
    ];
  }
  if (d.type === 'choice' && Array.isArray(d.options)) return d.options;
  return null;
}

/** Everything wrong with a link for this questionnaire; empty when it is sound. */
export function checkScorerLink(definition: Definition, link: ScorerLink): LinkError[] {
  const errors: LinkError[] = [];
  const at = (path: string, nl: string, en: string) => errors.push({ path, message: bilingual(nl, en) });
  const instrument = instrumentByCode(link.instrument);
  if (!instrument) {
    at(
      'instrument',
      `Onbekend instrument; kies een van: ${INSTRUMENT_CODES.join(', ')}.`,
      `Unknown instrument; choose one of: ${INSTRUMENT_CODES.join(', ')}.`,
    );
    return errors;
  }
  if (instrument.licence === 'scoring-only' && link.licenceConfirmed !== true) {
    at(
      'licenceConfirmed',
      `De teksten van ${instrument.name} vallen onder een licentie (${instrument.rightsHolder ?? 'rechthebbende'}). Bevestig dat uw organisatie die licentie heeft.`,
      `The texts of ${instrument.name} are licensed (${instrument.rightsHolder ?? 'rights holder'}). Confirm that your organisation holds that licence.`,
    );
  }
  const scorerItems = new Map<string, ItemMeta>(instrument.items.map((i) => [i.id, i]));
  const taken = new Map<string, string>();

  for (const [linkId, m] of Object.entries(link.items)) {
    const where = `items.${linkId}`;
    const d = definition.byLinkId.get(linkId);
    if (!d) {
      at(
        where,
        `Er is geen item "${linkId}" in deze vragenlijst.`,
        `This questionnaire has no item "${linkId}".`,
      );
      continue;
    }
    if (!d.asked) {
      at(
        where,
        `"${linkId}" is geen vraag die de invuller beantwoordt.`,
        `"${linkId}" is not a question the respondent answers.`,
      );
      continue;
    }
    if (d.repeats || d.type === 'date' || d.type === 'string') {
      at(
        where,
        `Vraag "${linkId}" (${d.type}${d.repeats ? ', herhalend' : ''}) kan geen score geven; koppel keuze-, getal- of ja/nee-vragen met één antwoord.`,
        `Question "${linkId}" (${d.type}${d.repeats ? ', repeating' : ''}) cannot give a score; link choice, number or yes/no questions with one answer.`,
      );
      continue;
    }
    const meta = scorerItems.get(m.item);
    if (!meta) {
      at(
        `${where}.item`,
        `${instrument.name} heeft geen item "${m.item}"; kies een van: ${[...scorerItems.keys()].join(', ')}.`,
        `${instrument.name} has no item "${m.item}"; choose one of: ${[...scorerItems.keys()].join(', ')}.`,
      );
      continue;
    }
    const week = meta.values.kind === 'week';
    if (week !== (m.day !== undefined)) {
      at(
        `${where}.day`,
        week
          ? `Item "${m.item}" neemt een week: geef de dag (0–6).`
          : `Item "${m.item}" neemt geen week: laat de dag weg.`,
        week
          ? `Item "${m.item}" takes a week: give the day (0–6).`
          : `Item "${m.item}" takes no week: leave the day out.`,
      );
      continue;
    }
    const slot = week ? `${m.item}.${m.day}` : m.item;
    const other = taken.get(slot);
    if (other) {
      at(
        where,
        `Item "${slot}" is al gekoppeld aan vraag "${other}".`,
        `Item "${slot}" is already linked to question "${other}".`,
      );
      continue;
    }
    taken.set(slot, linkId);
    for (const answer of finiteAnswers(d) ?? []) {
      const value = mapAnswer(answer, m, link);
      if (value === undefined || !accepts(meta.values, value)) {
        const key = answerKey(answer) ?? '';
        const got = value === undefined ? 'niets' : JSON.stringify(value);
        const gotEn = value === undefined ? 'nothing' : JSON.stringify(value);
        at(
          `${where}.values`,
          `Antwoord "${key}" geeft ${got}, maar item "${m.item}" van ${instrument.name} neemt: ${allowed(meta.values)}.`,
          `Answer "${key}" gives ${gotEn}, but item "${m.item}" of ${instrument.name} takes: ${allowed(meta.values)}.`,
        );
      }
    }
  }

  const unlinked = instrument.items
    .filter((i) => !i.values.optional)
    .flatMap((i) =>
      i.values.kind === 'week'
        ? [0, 1, 2, 3, 4, 5, 6].filter((day) => !taken.has(`${i.id}.${day}`)).map((day) => `${i.id}.${day}`)
        : taken.has(i.id)
          ? []
          : [i.id],
    );
  if (unlinked.length) {
    at(
      'items',
      `Deze items van ${instrument.name} zijn aan geen vraag gekoppeld: ${unlinked.join(', ')}.`,
      `These items of ${instrument.name} are linked to no question: ${unlinked.join(', ')}.`,
    );
  }
  return errors;
}

export type LinkedScore = { ok: true; result: ScoreResult } | { ok: false; errors: AnswerError[] };

/**
 * Scores the (valid, enabled) answers through the linked instrument. An unanswered or disabled question is
 * an unanswered item, so a partial response gives the scorer's `missing` list; a week item is answered
 * only when all seven of its days are.
 */
export function scoreLinked(link: ScorerLink, answers: ReadonlyMap<string, readonly Value[]>): LinkedScore {
  const instrument = instrumentByCode(link.instrument);
  if (!instrument) throw new Error(`questionnaire linked to an unknown instrument ${link.instrument}`);
  const input: Record<string, unknown> = {};
  const weeks = new Map<string, (string | number | null)[]>();
  const linkIdOf = new Map<string, string>();
  const errors: AnswerError[] = [];

  for (const [linkId, m] of Object.entries(link.items)) {
    const answer = answers.get(linkId)?.[0];
    let value: string | number | null = null;
    if (answer) {
      const mapped = mapAnswer(answer, m, link);
      if (mapped === undefined) {
        errors.push({
          linkId,
          code: 'scoring',
          message: bilingual(
            `Dit antwoord telt niet mee voor ${instrument.name}.`,
            `This answer does not count for ${instrument.name}.`,
          ),
        });
      } else value = mapped;
    }
    if (m.day === undefined) {
      input[m.item] = value;
      linkIdOf.set(m.item, linkId);
    } else {
      const days = weeks.get(m.item) ?? Array<string | number | null>(7).fill(null);
      days[m.day] = value;
      weeks.set(m.item, days);
      linkIdOf.set(`${m.item}.${m.day}`, linkId);
    }
  }
  for (const [item, days] of weeks) input[item] = days.every((d) => d !== null) ? days : null;
  if (errors.length) return { ok: false, errors };

  const scored = instrument.score(input);
  if (scored.ok) return { ok: true, result: scored.result };
  return {
    ok: false,
    errors: scored.issues.map((i) => {
      const [item, day] = i.path.map(String);
      const linkId =
        linkIdOf.get(day === undefined ? item! : `${item}.${day}`) ?? linkIdOf.get(item!) ?? item!;
      return { linkId, code: 'scoring' as const, message: issueMessage(i) };
    }),
  };
}

function issueMessage(i: z.core.$ZodIssue): string {
  if (pickLanguage(i.message, 'nl') !== null) return i.message;
  const issue = { code: i.code, message: i.message, params: i as unknown as Record<string, unknown> };
  return bilingual(validationMessage(issue, 'nl'), validationMessage(issue, 'en'));
}
