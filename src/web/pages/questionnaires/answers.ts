// The answers of a questionnaire as the browser keeps them, and the QuestionnaireResponse made from them.
// Answers are kept as typed (a decimal comma stays a comma), per linkId, also for questions that are hidden
// again by an enableWhen: going back and forth never loses one. What cannot be read as the question's type
// goes to the engine as text, so the engine's own error ("Vul een heel getal in.") names it at the field.
import type {
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from '@medplum/fhirtypes';
import {
  allItems,
  valueKey,
  type Definition,
  type ItemDef,
  type Value,
} from '../../../modules/health-check/questionnaires/definition.ts';

/** What the respondent gave per linkId: the text typed, or the key(s) of the chosen option(s). */
export type Draft = Record<string, string | string[]>;

/** The answer options of a choice question (none for an external value set we cannot expand). */
export const optionsOf = (d: ItemDef): Value[] => (Array.isArray(d.options) ? d.options : []);

/** A stable key of an option, used as the radio button's value and in the kept answers. */
export const optionKey = (v: Value): string => valueKey(v);

/** What the respondent reads for an option. */
export function optionLabel(v: Value): string {
  if (v.kind === 'coding') return v.display ?? v.code;
  return String(v.value);
}

/**
 * A number as a Dutch or English resident types it: "3,5", "3.5", " 12 ", "-2". Null when it is not one
 * number (thousands separators are not taken: "1.000" would be ambiguous).
 */
export function parseNumber(raw: string): number | null {
  const s = raw.trim().replace(/\s+/g, '');
  if (!/^[-+]?\d+([.,]\d+)?$/.test(s)) return null;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

const texts = (raw: string | string[] | undefined): string[] =>
  (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((s) => s.trim() !== '');

function optionAnswer(v: Value): QuestionnaireResponseItemAnswer {
  switch (v.kind) {
    case 'coding':
      return {
        valueCoding: {
          ...(v.system ? { system: v.system } : {}),
          code: v.code,
          ...(v.display ? { display: v.display } : {}),
        },
      };
    case 'integer':
      return { valueInteger: v.value };
    case 'decimal':
      return { valueDecimal: v.value };
    case 'boolean':
      return { valueBoolean: v.value };
    case 'date':
      return { valueDate: v.value };
    case 'string':
      return { valueString: v.value };
  }
}

/** The FHIR answers of one question for what the respondent gave (none when nothing was given). */
export function answersFor(
  d: ItemDef,
  raw: string | string[] | undefined,
): QuestionnaireResponseItemAnswer[] {
  const given = texts(raw);
  switch (d.type) {
    case 'choice':
      if (d.options === 'any-coding') return given.map((code) => ({ valueCoding: { code: code.trim() } }));
      return given.map((key) => {
        const option = optionsOf(d).find((o) => optionKey(o) === key);
        return option ? optionAnswer(option) : { valueString: key };
      });
    case 'boolean':
      return given.map((s) =>
        s === 'true' || s === 'false' ? { valueBoolean: s === 'true' } : { valueString: s },
      );
    case 'integer':
    case 'decimal':
      return given.map((s) => {
        const n = parseNumber(s);
        if (n === null) return { valueString: s };
        return d.type === 'integer' && Number.isInteger(n) ? { valueInteger: n } : { valueDecimal: n };
      });
    case 'date':
      return given.map((s) => ({ valueDate: s.trim() }));
    case 'string':
      return given.map((s) => ({ valueString: s }));
    case 'group':
    case 'display':
    case 'other':
      return [];
  }
}

/**
 * The QuestionnaireResponse for the answers, nested like the questionnaire. With `only`, answers of other
 * items are left out (the enabled ones, when the response leaves the browser).
 */
export function toResponse(
  definition: Definition,
  draft: Draft,
  options: { questionnaire?: string; only?: ReadonlySet<string>; status?: 'in-progress' | 'completed' } = {},
): QuestionnaireResponse {
  const build = (list: ItemDef[]): QuestionnaireResponseItem[] =>
    list.flatMap((d): QuestionnaireResponseItem[] => {
      if (options.only && !options.only.has(d.linkId)) return [];
      if (d.type === 'group') {
        const item = build(d.items);
        return item.length ? [{ linkId: d.linkId, item }] : [];
      }
      if (!d.asked) return [];
      const answer = answersFor(d, draft[d.linkId]);
      return answer.length ? [{ linkId: d.linkId, answer }] : [];
    });
  const item = build(definition.items);
  return {
    resourceType: 'QuestionnaireResponse',
    status: options.status ?? 'in-progress',
    ...(options.questionnaire ? { questionnaire: options.questionnaire } : {}),
    ...(item.length ? { item } : {}),
  };
}

/** The canonical reference of a definition: url|version, or the url alone. */
export const canonicalOf = (definition: Pick<Definition, 'url' | 'version'>, fallback: string): string =>
  definition.url
    ? definition.version
      ? `${definition.url}|${definition.version}`
      : definition.url
    : fallback;

/** The asked questions among the linkIds (in their order). */
export function questionsIn(definition: Definition, linkIds: readonly string[]): ItemDef[] {
  return linkIds
    .map((id) => definition.byLinkId.get(id))
    .filter((d): d is ItemDef => d !== undefined && d.asked && d.type !== 'group' && d.type !== 'display');
}

/** Position of every item in document order, to find the screen nearest to an item that has none. */
export const documentOrder = (definition: Definition): Map<string, number> =>
  new Map(allItems(definition).map((d, i) => [d.linkId, i]));
