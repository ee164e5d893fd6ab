// The questionnaire engine (docs/decisions/0021): for a compiled Questionnaire and a (partial)
// QuestionnaireResponse, which items are enabled, which answers are wrong or missing (each error names its
// linkId), and the screens of a phone UI (one question or group per screen). Pure: no I/O, no clock.
import { z } from 'zod';
import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import { bilingual } from '../../../server/errors.ts';
import {
  allItems,
  compareLimits,
  isFullDate,
  valueKey,
  type Condition,
  type Definition,
  type ItemDef,
  type Value,
} from './definition.ts';

// ── the response ─────────────────────────────────────────────────────────────────────────────────────

const answerSchema = z.looseObject({
  // Numbers are checked against the question (whole or not) by the engine, so the error names the item.
  valueBoolean: z.boolean().optional(),
  valueInteger: z.number().optional(),
  valueDecimal: z.number().optional(),
  valueDate: z.string().optional(),
  valueString: z.string().optional(),
  valueCoding: z
    .looseObject({
      system: z.string().optional(),
      code: z.string().optional(),
      display: z.string().optional(),
    })
    .optional(),
  get item() {
    return z.array(responseItemSchema).optional();
  },
});

interface ResponseItem {
  linkId: string;
  answer?: z.infer<typeof answerSchema>[] | undefined;
  item?: ResponseItem[] | undefined;
  [key: string]: unknown;
}
const responseItemSchema: z.ZodType<ResponseItem> = z.lazy(() =>
  z.looseObject({
    linkId: z.string().min(1).max(255),
    answer: z.array(answerSchema).max(1000).optional(),
    item: z.array(responseItemSchema).max(2000).optional(),
  }),
);

/** The shape of a QuestionnaireResponse the engine reads; every other element passes untouched. */
export const questionnaireResponseSchema = z.looseObject({
  resourceType: z.literal('QuestionnaireResponse', {
    error: bilingual(
      'Dit is geen FHIR QuestionnaireResponse: resourceType moet "QuestionnaireResponse" zijn.',
      'This is not a FHIR QuestionnaireResponse: resourceType must be "QuestionnaireResponse".',
    ),
  }),
  questionnaire: z.string().optional(),
  status: z.enum(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']).optional(),
  item: z.array(responseItemSchema).max(2000).optional(),
});
export type ResponseInput = z.infer<typeof questionnaireResponseSchema>;

export const ERROR_CODES = [
  'required',
  'invalid',
  'option',
  'min',
  'max',
  'max-length',
  'repeats',
  'unknown-item',
  'no-answer-expected',
  'duplicate',
  'scoring',
] as const;
export type AnswerErrorCode = (typeof ERROR_CODES)[number];

export interface AnswerError {
  linkId: string;
  code: AnswerErrorCode;
  /** bilingual (server/errors.ts bilingual()); pick the caller's language when presenting */
  message: string;
}

const err = (linkId: string, code: AnswerErrorCode, nl: string, en: string): AnswerError => ({
  linkId,
  code,
  message: bilingual(nl, en),
});

/** Answers per linkId as values the engine compares, and what could not be read as an answer. */
export interface ReadAnswers {
  answers: Map<string, Value[]>;
  /** items with an answer that is not one value of a kind we take (valueQuantity, two values, …) */
  unreadable: Set<string>;
  /** linkIds that occur more than once in the response */
  duplicates: string[];
}

/** Flattens a response into answers per linkId (wherever the item is nested). */
export function readAnswers(response: ResponseInput | QuestionnaireResponse): ReadAnswers {
  const answers = new Map<string, Value[]>();
  const unreadable = new Set<string>();
  const duplicates: string[] = [];
  const seen = new Set<string>();
  const walk = (items: readonly ResponseItem[]) => {
    for (const it of items) {
      if (seen.has(it.linkId)) duplicates.push(it.linkId);
      else {
        seen.add(it.linkId);
        const values: Value[] = [];
        for (const a of it.answer ?? []) {
          const v = answerValue(a);
          if (v) values.push(v);
          else unreadable.add(it.linkId);
        }
        if (values.length) answers.set(it.linkId, values);
      }
      for (const a of it.answer ?? []) if (a.item) walk(a.item);
      if (it.item) walk(it.item);
    }
  };
  walk((response.item ?? []) as ResponseItem[]);
  return { answers, unreadable, duplicates };
}

/** The one value[x] of an answer, or null when there is none, several, or a kind we do not take. */
function answerValue(a: z.infer<typeof answerSchema>): Value | null {
  const keys = Object.keys(a).filter((k) => /^value[A-Z]/.test(k));
  const key = keys[0];
  if (keys.length !== 1 || key === undefined) return null;
  switch (key) {
    case 'valueBoolean':
      return typeof a.valueBoolean === 'boolean' ? { kind: 'boolean', value: a.valueBoolean } : null;
    case 'valueInteger':
      return typeof a.valueInteger === 'number' ? { kind: 'integer', value: a.valueInteger } : null;
    case 'valueDecimal':
      return typeof a.valueDecimal === 'number' ? { kind: 'decimal', value: a.valueDecimal } : null;
    case 'valueDate':
      return typeof a.valueDate === 'string' ? { kind: 'date', value: a.valueDate } : null;
    case 'valueString':
      return typeof a.valueString === 'string' ? { kind: 'string', value: a.valueString } : null;
    case 'valueCoding': {
      const c = a.valueCoding;
      if (!c?.code) return null;
      return { kind: 'coding', code: c.code, ...(c.system ? { system: c.system } : {}) };
    }
    default:
      return null;
  }
}

// ── comparing values ─────────────────────────────────────────────────────────────────────────────────

const isNumber = (v: Value): v is Extract<Value, { kind: 'integer' | 'decimal' }> =>
  v.kind === 'integer' || v.kind === 'decimal';

/** Equal answers: numbers by value (3 = 3.0), codings by code and by system when both have one. */
export function sameValue(a: Value, b: Value): boolean {
  if (isNumber(a) && isNumber(b)) return a.value === b.value;
  if (a.kind === 'coding' && b.kind === 'coding') {
    return a.code === b.code && (!a.system || !b.system || a.system === b.system);
  }
  return a.kind === b.kind && valueKey(a) === valueKey(b);
}

/** Order of two numbers or two whole dates; null when they cannot be ordered. */
function order(a: Value, b: Value): number | null {
  if (isNumber(a) && isNumber(b)) return a.value - b.value;
  if (a.kind === 'date' && b.kind === 'date' && isFullDate(a.value) && isFullDate(b.value)) {
    return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  }
  return null;
}

/**
 * One enableWhen against the answers of its question (none when that question is disabled).
 * `!=` holds when no answer equals the value, so also when there is no answer yet (R4/R5 wording);
 * a questionnaire that wants "answered, and not X" adds `exists` with enableBehavior all.
 */
export function conditionHolds(c: Condition, answers: readonly Value[]): boolean {
  switch (c.operator) {
    case 'exists':
      return answers.length > 0 === (c.answer.kind === 'boolean' && c.answer.value);
    case '=':
      return answers.some((a) => sameValue(a, c.answer));
    case '!=':
      return !answers.some((a) => sameValue(a, c.answer));
    case '>':
    case '<':
    case '>=':
    case '<=':
      return answers.some((a) => {
        const o = order(a, c.answer);
        if (o === null) return false;
        return c.operator === '>'
          ? o > 0
          : c.operator === '<'
            ? o < 0
            : c.operator === '>='
              ? o >= 0
              : o <= 0;
      });
  }
}

// ── enabled items ────────────────────────────────────────────────────────────────────────────────────

/**
 * The linkIds of the enabled items: an item is enabled when its parent is and its enableWhen holds; the
 * answers of a disabled question count as no answer (so a chain of conditions switches off together).
 */
export function enabledItems(definition: Definition, answers: ReadonlyMap<string, Value[]>): Set<string> {
  const memo = new Map<string, boolean>();
  // The definition has no circles (refused on import), so this recursion ends.
  const isEnabled = (d: ItemDef): boolean => {
    const known = memo.get(d.linkId);
    if (known !== undefined) return known;
    const parent = d.parent ? definition.byLinkId.get(d.parent) : undefined;
    let on = !parent || isEnabled(parent);
    if (on && d.enableWhen.length) {
      const holds = d.enableWhen.map((c) => {
        const q = definition.byLinkId.get(c.question);
        const given = q && isEnabled(q) ? (answers.get(c.question) ?? []) : [];
        return conditionHolds(c, given);
      });
      on = d.enableBehavior === 'all' ? holds.every(Boolean) : holds.some(Boolean);
    }
    memo.set(d.linkId, on);
    return on;
  };
  return new Set(
    allItems(definition)
      .filter(isEnabled)
      .map((d) => d.linkId),
  );
}

// ── validation ───────────────────────────────────────────────────────────────────────────────────────

const nlNumber = (n: number | string) => String(n).replace('.', ',');

/** What is wrong with one answer to a question, or null. */
export function checkValue(d: ItemDef, v: Value): AnswerError | null {
  const id = d.linkId;
  switch (d.type) {
    case 'boolean':
      return v.kind === 'boolean' ? null : err(id, 'invalid', 'Kies ja of nee.', 'Choose yes or no.');
    case 'integer':
      if (!isNumber(v) || !Number.isInteger(v.value)) {
        return err(id, 'invalid', 'Vul een heel getal in.', 'Enter a whole number.');
      }
      return checkLimits(d, v.value);
    case 'decimal':
      if (!isNumber(v) || !Number.isFinite(v.value))
        return err(id, 'invalid', 'Vul een getal in.', 'Enter a number.');
      return checkLimits(d, v.value);
    case 'date':
      if (v.kind !== 'date' || !isFullDate(v.value)) {
        return err(id, 'invalid', 'Vul een datum in (jjjj-mm-dd).', 'Enter a date (yyyy-mm-dd).');
      }
      return checkLimits(d, v.value);
    case 'string': {
      if (v.kind !== 'string' || !v.value.trim())
        return err(id, 'invalid', 'Vul tekst in.', 'Enter some text.');
      const length = [...v.value].length;
      if (d.maxLength !== null && length > d.maxLength) {
        return err(
          id,
          'max-length',
          `Gebruik hoogstens ${d.maxLength} tekens (nu ${length}).`,
          `Use at most ${d.maxLength} characters (now ${length}).`,
        );
      }
      return null;
    }
    case 'choice': {
      const ok =
        d.options === 'any-coding'
          ? v.kind === 'coding'
          : (d.options ?? []).some((o) => o.kind === v.kind && sameValue(o, v));
      return ok ? null : err(id, 'option', 'Kies een van de mogelijkheden.', 'Choose one of the options.');
    }
    case 'group':
    case 'display':
    case 'other':
      return null;
  }
}

/** Whether a number or whole date lies below (side -1) or above (side 1) a limit. */
function beyond(value: number | string, limit: number | string | null, side: -1 | 1): boolean {
  if (limit === null) return false;
  const o = compareLimits(value, limit);
  return side < 0 ? o < 0 : o > 0;
}

function checkLimits(d: ItemDef, value: number | string): AnswerError | null {
  const date = typeof value === 'string';
  if (d.min !== null && beyond(value, d.min, -1)) {
    return date
      ? err(d.linkId, 'min', `Kies ${d.min} of later.`, `Choose ${d.min} or later.`)
      : err(
          d.linkId,
          'min',
          `Het getal moet ${nlNumber(d.min)} of meer zijn.`,
          `The number must be ${d.min} or more.`,
        );
  }
  if (d.max !== null && beyond(value, d.max, 1)) {
    return date
      ? err(d.linkId, 'max', `Kies ${d.max} of eerder.`, `Choose ${d.max} or earlier.`)
      : err(
          d.linkId,
          'max',
          `Het getal moet ${nlNumber(d.max)} of minder zijn.`,
          `The number must be ${d.max} or less.`,
        );
  }
  return null;
}

// ── screens ──────────────────────────────────────────────────────────────────────────────────────────

export interface Screen {
  /** the question, display item or group the screen shows */
  linkId: string;
  kind: 'question' | 'group' | 'display';
  /** every enabled, shown item on the screen, in order (a group's questions and their help texts) */
  items: string[];
  /** the enclosing groups, outermost first (their texts are the screen's headings) */
  section: string[];
}

/**
 * One screen per question or group, for a phone. A group holding only questions and texts is one screen;
 * a group that holds other groups is a section, and each of its children gets its own screen(s). Disabled,
 * hidden and calculated items get no screen, and a group with nothing left to show gets none either.
 */
export function screensOf(definition: Definition, enabled: ReadonlySet<string>): Screen[] {
  const screens: Screen[] = [];
  const visible = (d: ItemDef) => enabled.has(d.linkId) && d.shown;
  const withHelp = (d: ItemDef) => [d.linkId, ...d.items.filter(visible).map((c) => c.linkId)];
  const walk = (list: ItemDef[], section: string[]) => {
    for (const d of list) {
      if (!visible(d)) continue;
      if (d.type === 'group') {
        if (d.items.some((c) => c.type === 'group')) {
          walk(d.items, [...section, d.linkId]);
          continue;
        }
        const items = d.items.filter(visible).flatMap(withHelp);
        if (items.length) screens.push({ linkId: d.linkId, kind: 'group', items, section });
      } else {
        screens.push({
          linkId: d.linkId,
          kind: d.type === 'display' ? 'display' : 'question',
          items: withHelp(d),
          section,
        });
      }
    }
  };
  walk(definition.items, []);
  return screens;
}

// ── all together ─────────────────────────────────────────────────────────────────────────────────────

export interface Evaluation {
  /** enabled linkIds in document order (groups, texts and questions) */
  enabled: string[];
  errors: AnswerError[];
  /** every enabled required question answered, and no error */
  complete: boolean;
  screens: Screen[];
  /** the valid answers of enabled questions, for scoring and later use (disabled answers are left out) */
  answers: Map<string, Value[]>;
}

/** Enabled items, errors, completeness and screens of a (partial) response. */
export function evaluate(
  definition: Definition,
  response: ResponseInput | QuestionnaireResponse,
): Evaluation {
  const read = readAnswers(response);
  const enabled = enabledItems(definition, read.answers);
  const errors: AnswerError[] = read.duplicates.map((linkId) =>
    err(
      linkId,
      'duplicate',
      'Deze vraag staat meer dan eens in het antwoord.',
      'This item occurs more than once in the response.',
    ),
  );
  const valid = new Map<string, Value[]>();

  for (const linkId of new Set([...read.answers.keys(), ...read.unreadable])) {
    if (!definition.byLinkId.has(linkId)) {
      errors.push(
        err(
          linkId,
          'unknown-item',
          'Deze vragenlijst heeft geen item met deze linkId.',
          'This questionnaire has no item with this linkId.',
        ),
      );
    }
  }

  const answered = (d: ItemDef): boolean =>
    (d.asked && valid.has(d.linkId)) || d.items.some((c) => enabled.has(c.linkId) && answered(c));

  // Children before their group, so a required group sees which of its questions have valid answers.
  const check = (d: ItemDef) => {
    if (!enabled.has(d.linkId)) return;
    d.items.forEach(check);
    const given = read.answers.get(d.linkId) ?? [];
    const unreadable = read.unreadable.has(d.linkId);
    if (d.type === 'group' || d.type === 'display') {
      if (given.length || unreadable) {
        errors.push(
          err(d.linkId, 'no-answer-expected', 'Hier hoort geen antwoord bij.', 'This item takes no answer.'),
        );
      }
      if (d.type === 'group' && d.required && !answered(d)) {
        errors.push(
          err(
            d.linkId,
            'required',
            'Beantwoord hier minstens één vraag.',
            'Answer at least one question here.',
          ),
        );
      }
      return;
    }
    // Read-only, hidden and calculated items are filled in by the system, not checked against the respondent.
    if (!d.asked) return;
    if (unreadable) {
      errors.push(
        err(
          d.linkId,
          'invalid',
          'Dit soort antwoord kan hier niet.',
          'This kind of answer is not possible here.',
        ),
      );
      return;
    }
    if (!given.length) {
      if (d.required)
        errors.push(err(d.linkId, 'required', 'Beantwoord deze vraag.', 'Answer this question.'));
      return;
    }
    if (given.length > 1 && !d.repeats) {
      errors.push(err(d.linkId, 'repeats', 'Geef één antwoord.', 'Give one answer.'));
      return;
    }
    const wrong = given.map((v) => checkValue(d, v)).find((e) => e !== null);
    if (wrong) errors.push(wrong);
    else valid.set(d.linkId, given);
  };
  definition.items.forEach(check);

  const order = allItems(definition).map((d) => d.linkId);
  const index = new Map(order.map((id, i) => [id, i]));
  // Unknown linkIds go last; the sort is stable, so an item's errors keep the order they were found in.
  const position = (id: string) => index.get(id) ?? order.length;
  errors.sort((a, b) => position(a.linkId) - position(b.linkId));

  return {
    enabled: order.filter((id) => enabled.has(id)),
    errors,
    complete: errors.length === 0,
    screens: screensOf(definition, enabled),
    answers: valid,
  };
}
