// A FHIR R4 Questionnaire checked and compiled into the subset the engine runs (docs/decisions/0021):
// groups, display items and the question types choice, integer, decimal, boolean, string and date, with
// answer options (valueCoding / valueInteger / valueString, or a contained ValueSet), required, repeats,
// enableWhen, the minValue / maxValue extensions and maxLength. Anything else is refused with an error
// at its path that names the item's linkId. Pure: no I/O, so the web app may use it too.
import { z } from 'zod';
import type { Questionnaire } from '@medplum/fhirtypes';
import { bilingual, pickLanguage } from '../../../server/errors.ts';
import { validationMessage } from '../../../server/validation-messages.ts';

export const QUESTION_TYPES = ['choice', 'integer', 'decimal', 'boolean', 'string', 'date'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const ITEM_TYPES = ['group', 'display', ...QUESTION_TYPES] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
export const OPERATORS = ['exists', '=', '!=', '>', '<', '>=', '<='] as const;
export type Operator = (typeof OPERATORS)[number];
export const STATUSES = ['draft', 'active', 'retired', 'unknown'] as const;
export type QuestionnaireStatus = (typeof STATUSES)[number];

export const EXTENSIONS = {
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  hidden: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden',
  /** filled in by a system, never asked (SDC calculatedExpression, and the CQF expression of R4's example) */
  calculated: [
    'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
    'http://hl7.org/fhir/StructureDefinition/cqf-expression',
  ],
} as const;

/** One answer (or enableWhen answer, or answer option) as the engine compares it. */
export type Value =
  | { kind: 'boolean'; value: boolean }
  | { kind: 'integer'; value: number }
  | { kind: 'decimal'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'date'; value: string }
  | { kind: 'coding'; system?: string; code: string; display?: string };

export interface Condition {
  question: string;
  operator: Operator;
  answer: Value;
}

export interface ItemDef {
  linkId: string;
  /** `other`: a calculated item of a type we do not ask (the SDC PHQ-9's quantity total) */
  type: ItemType | 'other';
  text: string | null;
  required: boolean;
  repeats: boolean;
  /** shown to the respondent (not hidden, not calculated) */
  shown: boolean;
  /** answered by the respondent (shown and not read-only); only these are required or validated */
  asked: boolean;
  /** choice items: the allowed answers; `any-coding` for a value set we cannot expand (an external url) */
  options: Value[] | 'any-coding' | null;
  min: number | string | null;
  max: number | string | null;
  maxLength: number | null;
  enableWhen: Condition[];
  enableBehavior: 'all' | 'any';
  parent: string | null;
  items: ItemDef[];
}

export interface Definition {
  url: string | null;
  version: string | null;
  status: QuestionnaireStatus;
  title: string | null;
  items: ItemDef[];
  byLinkId: ReadonlyMap<string, ItemDef>;
}

// ── structure (zod) ──────────────────────────────────────────────────────────────────────────────────

const coding = z.looseObject({
  system: z.string().min(1).optional(),
  code: z.string().min(1),
  display: z.string().optional(),
});
const extension = z.looseObject({ url: z.string().min(1) });

const answerOption = z.looseObject({
  valueCoding: coding.optional(),
  valueInteger: z.number().int().optional(),
  valueString: z.string().min(1).optional(),
});

const enableWhen = z.looseObject({
  question: z.string().min(1),
  operator: z.enum(OPERATORS, {
    error: bilingual(
      `Kies een van deze operators: ${OPERATORS.join(' ')}.`,
      `Choose one of these operators: ${OPERATORS.join(' ')}.`,
    ),
  }),
  answerBoolean: z.boolean().optional(),
  answerDecimal: z.number().optional(),
  answerInteger: z.number().int().optional(),
  answerDate: z.string().optional(),
  answerString: z.string().optional(),
  answerCoding: coding.optional(),
});

export interface RawItem {
  linkId: string;
  type: string;
  text?: string | undefined;
  required?: boolean | undefined;
  repeats?: boolean | undefined;
  readOnly?: boolean | undefined;
  maxLength?: number | undefined;
  answerValueSet?: string | undefined;
  answerOption?: z.infer<typeof answerOption>[] | undefined;
  enableWhen?: z.infer<typeof enableWhen>[] | undefined;
  enableBehavior?: 'all' | 'any' | undefined;
  extension?: z.infer<typeof extension>[] | undefined;
  item?: RawItem[] | undefined;
  [key: string]: unknown;
}

// The type is a plain string here, so an unsupported one is refused below with a message naming the item.
const item: z.ZodType<RawItem> = z.lazy(() =>
  z.looseObject({
    linkId: z.string().min(1).max(255),
    type: z.string().min(1),
    text: z.string().max(10_000).optional(),
    required: z.boolean().optional(),
    repeats: z.boolean().optional(),
    readOnly: z.boolean().optional(),
    maxLength: z.number().int().min(1).max(100_000).optional(),
    answerValueSet: z.string().min(1).optional(),
    answerOption: z.array(answerOption).min(1).max(1000).optional(),
    enableWhen: z.array(enableWhen).min(1).max(100).optional(),
    enableBehavior: z.enum(['all', 'any']).optional(),
    extension: z.array(extension).optional(),
    item: z.array(item).min(1).max(1000).optional(),
  }),
);

const containedValueSet = z.looseObject({
  resourceType: z.literal('ValueSet'),
  id: z.string().min(1),
  compose: z
    .looseObject({
      include: z.array(
        z.looseObject({
          system: z.string().min(1).optional(),
          concept: z
            .array(z.looseObject({ code: z.string().min(1), display: z.string().optional() }))
            .optional(),
        }),
      ),
    })
    .optional(),
  expansion: z
    .looseObject({
      contains: z
        .array(
          z.looseObject({
            system: z.string().min(1).optional(),
            code: z.string().min(1).optional(),
            display: z.string().optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});

const structure = z.looseObject({
  resourceType: z.literal('Questionnaire', {
    error: bilingual(
      'Dit is geen FHIR Questionnaire: resourceType moet "Questionnaire" zijn.',
      'This is not a FHIR Questionnaire: resourceType must be "Questionnaire".',
    ),
  }),
  id: z.string().optional(),
  url: z
    .string()
    .max(2000)
    .regex(/^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/, {
      error: bilingual(
        'De url moet een volledige, canonieke url zijn (bijvoorbeeld https://…).',
        'The url must be a full canonical url (for example https://…).',
      ),
    })
    .optional(),
  version: z.string().min(1).max(200).optional(),
  name: z.string().max(1000).optional(),
  title: z.string().max(1000).optional(),
  status: z.enum(STATUSES, {
    error: bilingual(`Geef de status: ${STATUSES.join(', ')}.`, `Give the status: ${STATUSES.join(', ')}.`),
  }),
  contained: z.array(z.looseObject({ resourceType: z.string(), id: z.string().optional() })).optional(),
  item: z.array(item).min(1).max(1000),
});
type Structure = z.infer<typeof structure>;

/** The zod schema of an importable Questionnaire: its structure, then the rules across items. */
export const questionnaireSchema = structure.superRefine((q, ctx) => {
  for (const issue of build(q).issues)
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

// ── rules across items, and the compiled definition ─────────────────────────────────────────────────

type Path = (string | number)[];
interface Issue {
  path: Path;
  message: string;
}

const MAX_ITEMS = 2000;
const MAX_DEPTH = 12;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD (FHIR allows partial dates; answers and limits need a whole one). */
export function isFullDate(s: string): boolean {
  const m = FULL_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

const hasExtension = (raw: RawItem, url: string) => (raw.extension ?? []).some((e) => e.url === url);
const isCalculated = (raw: RawItem) => EXTENSIONS.calculated.some((url) => hasExtension(raw, url));
const isHidden = (raw: RawItem) =>
  (raw.extension ?? []).some((e) => e.url === EXTENSIONS.hidden && e.valueBoolean === true);
const isQuestionType = (t: string): t is QuestionType => (QUESTION_TYPES as readonly string[]).includes(t);
const isItemType = (t: string): t is ItemType => (ITEM_TYPES as readonly string[]).includes(t);

/** The value[x] / answer[x] elements present on an object, e.g. ['valueCoding']. */
const choiceKeys = (o: Record<string, unknown>, prefix: string) =>
  Object.keys(o).filter((k) => k.startsWith(prefix) && /^[A-Z]/.test(k.slice(prefix.length)));

function build(q: Structure): { definition: Definition; issues: Issue[] } {
  const issues: Issue[] = [];
  const at = (path: Path, nl: string, en: string) => issues.push({ path, message: bilingual(nl, en) });
  const byLinkId = new Map<string, ItemDef>();
  const rawOf = new Map<string, { raw: RawItem; path: Path }>();
  const valueSets = containedValueSets(q);
  let count = 0;

  const compile = (raw: RawItem, path: Path, parent: string | null, depth: number): ItemDef => {
    count += 1;
    const calculated = isCalculated(raw);
    const type: ItemDef['type'] = isItemType(raw.type) ? raw.type : 'other';
    if (type === 'other' && !calculated) {
      at(
        [...path, 'type'],
        `Het type "${raw.type}" wordt niet ondersteund. Gebruik ${ITEM_TYPES.join(', ')}.`,
        `The type "${raw.type}" is not supported. Use ${ITEM_TYPES.join(', ')}.`,
      );
    }
    if (byLinkId.has(raw.linkId)) {
      at(
        [...path, 'linkId'],
        'Deze linkId komt meer dan eens voor; elke linkId moet uniek zijn.',
        'This linkId occurs more than once; every linkId must be unique.',
      );
    }
    if (depth > MAX_DEPTH) {
      at(
        path,
        `Groepen gaan hier dieper dan ${MAX_DEPTH} lagen.`,
        `Groups nest deeper than ${MAX_DEPTH} here.`,
      );
    }
    const def: ItemDef = {
      linkId: raw.linkId,
      type,
      text: raw.text ?? null,
      required: raw.required === true,
      repeats: raw.repeats === true,
      shown: !calculated && !isHidden(raw),
      asked: !calculated && !isHidden(raw) && raw.readOnly !== true && isQuestionType(type),
      options: null,
      min: null,
      max: null,
      maxLength: raw.maxLength ?? null,
      enableWhen: [],
      enableBehavior: raw.enableBehavior ?? 'any',
      parent,
      items: [],
    };
    if (!byLinkId.has(raw.linkId)) {
      byLinkId.set(raw.linkId, def);
      rawOf.set(raw.linkId, { raw, path });
    }
    if (type !== 'other') checkKind(raw, def, path, valueSets, at);
    def.items = (raw.item ?? []).map((child, i) =>
      compile(child, [...path, 'item', i], raw.linkId, depth + 1),
    );
    return def;
  };

  const items = q.item.map((raw, i) => compile(raw, ['item', i], null, 1));
  if (count > MAX_ITEMS) {
    at(
      ['item'],
      `Een vragenlijst heeft hoogstens ${MAX_ITEMS} items.`,
      `A questionnaire has at most ${MAX_ITEMS} items.`,
    );
  }
  for (const [linkId, { raw, path }] of rawOf) {
    const def = byLinkId.get(linkId)!;
    def.enableWhen = conditionsOf(raw, path, byLinkId, at);
  }
  findCycles(items, byLinkId, rawOf, at);

  return {
    definition: {
      url: q.url ?? null,
      version: q.version ?? null,
      status: q.status,
      title: q.title ?? q.name ?? null,
      items,
      byLinkId,
    },
    issues,
  };
}

type At = (path: Path, nl: string, en: string) => void;

/** The rules that depend on the item's own type: children, options, limits, required and repeats. */
function checkKind(raw: RawItem, def: ItemDef, path: Path, valueSets: ValueSets, at: At) {
  const type = def.type as ItemType;
  const children = raw.item ?? [];
  if (type === 'group') {
    if (!children.length) at(path, 'Een groep bevat minstens één item.', 'A group holds at least one item.');
    if (raw.repeats) {
      at(
        [...path, 'repeats'],
        'Herhalende groepen worden niet ondersteund.',
        'Repeating groups are not supported.',
      );
    }
  } else if (type === 'display') {
    if (children.length)
      at([...path, 'item'], 'Een tekst (display) bevat geen items.', 'A display item holds no items.');
    if (raw.required)
      at(
        [...path, 'required'],
        'Een tekst (display) kan niet verplicht zijn.',
        'A display item cannot be required.',
      );
    if (raw.repeats)
      at([...path, 'repeats'], 'Een tekst (display) kan niet herhalen.', 'A display item cannot repeat.');
  } else {
    // A question may carry help texts (display items), not further questions: those belong in a group.
    children.forEach((child, i) => {
      if (child.type !== 'display') {
        at(
          [...path, 'item', i],
          'Onder een vraag staan alleen teksten (display); zet vervolgvragen in een groep.',
          'A question holds only display items; put follow-up questions in a group.',
        );
      }
    });
  }

  const optionsGiven = raw.answerOption !== undefined || raw.answerValueSet !== undefined;
  if (type === 'choice') {
    if (raw.answerOption && raw.answerValueSet) {
      at(
        [...path, 'answerValueSet'],
        'Geef answerOption of answerValueSet, niet allebei.',
        'Give answerOption or answerValueSet, not both.',
      );
    } else if (raw.answerOption) {
      def.options = optionsOf(raw.answerOption, [...path, 'answerOption'], at);
    } else if (raw.answerValueSet) {
      def.options = resolveValueSet(raw.answerValueSet, [...path, 'answerValueSet'], valueSets, at);
    } else {
      at(
        [...path, 'answerOption'],
        'Een keuzevraag heeft antwoordmogelijkheden nodig (answerOption of answerValueSet).',
        'A choice question needs answer options (answerOption or answerValueSet).',
      );
    }
  } else if (optionsGiven) {
    at(
      [...path, raw.answerOption ? 'answerOption' : 'answerValueSet'],
      'Alleen een keuzevraag (choice) heeft antwoordmogelijkheden.',
      'Only a choice question has answer options.',
    );
  }

  if (raw.maxLength !== undefined && type !== 'string') {
    at(
      [...path, 'maxLength'],
      'maxLength geldt alleen voor een tekstvraag (string).',
      'maxLength applies only to a string question.',
    );
  }
  def.min = limitOf(raw, type, 'minValue', path, at);
  def.max = limitOf(raw, type, 'maxValue', path, at);
  if (def.min !== null && def.max !== null && compareLimits(def.min, def.max) > 0) {
    at(
      [...path, 'extension'],
      'De kleinste waarde (minValue) is groter dan de grootste (maxValue).',
      'The minimum (minValue) is greater than the maximum (maxValue).',
    );
  }
}

function optionsOf(options: z.infer<typeof answerOption>[], path: Path, at: At): Value[] {
  const out: Value[] = [];
  const seen = new Set<string>();
  options.forEach((o, i) => {
    const keys = choiceKeys(o, 'value');
    const unsupported = keys.filter((k) => !['valueCoding', 'valueInteger', 'valueString'].includes(k));
    if (unsupported.length) {
      at(
        [...path, i, unsupported[0]!],
        `Een antwoordmogelijkheid als ${unsupported[0]} wordt niet ondersteund; gebruik valueCoding, valueInteger of valueString.`,
        `An answer option as ${unsupported[0]} is not supported; use valueCoding, valueInteger or valueString.`,
      );
      return;
    }
    if (keys.length !== 1) {
      at(
        [...path, i],
        'Een antwoordmogelijkheid heeft precies één waarde (valueCoding, valueInteger of valueString).',
        'An answer option has exactly one value (valueCoding, valueInteger or valueString).',
      );
      return;
    }
    const value: Value = o.valueCoding
      ? codingValue(o.valueCoding)
      : o.valueInteger !== undefined
        ? { kind: 'integer', value: o.valueInteger }
        : { kind: 'string', value: o.valueString! };
    const key = valueKey(value);
    if (seen.has(key)) {
      at([...path, i], 'Deze antwoordmogelijkheid staat er twee keer.', 'This answer option occurs twice.');
    }
    seen.add(key);
    out.push(value);
  });
  return out;
}

const codingValue = (c: z.infer<typeof coding>): Value => ({
  kind: 'coding',
  code: c.code,
  ...(c.system ? { system: c.system } : {}),
  ...(c.display ? { display: c.display } : {}),
});

/** A key that is equal for equal values (a coding by system and code). */
export function valueKey(v: Value): string {
  return v.kind === 'coding' ? `coding:${v.system ?? ''}|${v.code}` : `${v.kind}:${String(v.value)}`;
}

type ValueSets = Map<string, Value[] | 'any-coding'>;

/** Contained ValueSets by "#id": their enumerated codes (compose), else their expansion. */
function containedValueSets(q: Structure): ValueSets {
  const out: ValueSets = new Map();
  for (const r of q.contained ?? []) {
    if (r.resourceType !== 'ValueSet' || !r.id) continue;
    const parsed = containedValueSet.safeParse(r);
    if (!parsed.success) continue;
    const vs = parsed.data;
    const composed = (vs.compose?.include ?? []).flatMap((inc) =>
      (inc.concept ?? []).map((c) => codingValue({ system: inc.system, code: c.code, display: c.display })),
    );
    const expanded = (vs.expansion?.contains ?? []).flatMap((c) =>
      c.code ? [codingValue({ system: c.system, code: c.code, display: c.display })] : [],
    );
    const codes = composed.length ? composed : expanded;
    // A contained value set defined by filters or other value sets cannot be listed without a terminology server.
    out.set(`#${vs.id}`, codes.length ? codes : 'any-coding');
  }
  return out;
}

function resolveValueSet(ref: string, path: Path, valueSets: ValueSets, at: At): Value[] | 'any-coding' {
  if (!ref.startsWith('#')) return 'any-coding';
  const found = valueSets.get(ref);
  if (found) return found;
  at(
    path,
    `De vragenlijst bevat geen ValueSet "${ref.slice(1)}" (contained).`,
    `The questionnaire contains no ValueSet "${ref.slice(1)}".`,
  );
  return 'any-coding';
}

/** minValue / maxValue: an integer for integer questions, a number for decimal ones, a whole date for dates. */
function limitOf(raw: RawItem, type: ItemType, name: 'minValue' | 'maxValue', path: Path, at: At) {
  const i = (raw.extension ?? []).findIndex((e) => e.url === EXTENSIONS[name]);
  if (i < 0) return null;
  const ext = raw.extension![i]!;
  const where = [...path, 'extension', i];
  const ok =
    type === 'integer'
      ? Number.isInteger(ext.valueInteger)
        ? (ext.valueInteger as number)
        : null
      : type === 'decimal'
        ? typeof ext.valueDecimal === 'number'
          ? ext.valueDecimal
          : Number.isInteger(ext.valueInteger)
            ? (ext.valueInteger as number)
            : null
        : type === 'date'
          ? typeof ext.valueDate === 'string' && isFullDate(ext.valueDate)
            ? ext.valueDate
            : null
          : undefined;
  if (ok === undefined) {
    at(
      where,
      `${name} geldt alleen voor een vraag met een heel getal, een getal of een datum.`,
      `${name} applies only to an integer, decimal or date question.`,
    );
    return null;
  }
  if (ok === null) {
    const want = {
      integer: ['valueInteger', 'valueInteger'],
      decimal: ['valueDecimal', 'valueDecimal'],
      date: ['valueDate (jjjj-mm-dd)', 'valueDate (yyyy-mm-dd)'],
    }[type as 'integer' | 'decimal' | 'date'];
    at(where, `Geef ${name} als ${want[0]}.`, `Give ${name} as ${want[1]}.`);
  }
  return ok;
}

const ORDERED: readonly Operator[] = ['>', '<', '>=', '<='];

/** The kinds of answer an enableWhen may compare with this question's answers. */
function answerKindsFor(q: ItemDef): Value['kind'][] {
  switch (q.type) {
    case 'boolean':
      return ['boolean'];
    case 'integer':
    case 'decimal':
      return ['integer', 'decimal'];
    case 'string':
      return ['string'];
    case 'date':
      return ['date'];
    case 'choice':
      if (q.options === 'any-coding' || q.options === null) return ['coding'];
      return [...new Set(q.options.map((o) => o.kind))];
    case 'group':
    case 'display':
    case 'other':
      return [];
  }
}

const ANSWER_KINDS: Record<string, Value['kind']> = {
  answerBoolean: 'boolean',
  answerInteger: 'integer',
  answerDecimal: 'decimal',
  answerDate: 'date',
  answerString: 'string',
  answerCoding: 'coding',
};

function conditionsOf(raw: RawItem, path: Path, byLinkId: Map<string, ItemDef>, at: At): Condition[] {
  const conditions: Condition[] = [];
  const list = raw.enableWhen ?? [];
  if (list.length > 1 && !raw.enableBehavior) {
    at(
      [...path, 'enableBehavior'],
      'Met meer dan één enableWhen is enableBehavior nodig (all of any).',
      'With more than one enableWhen, enableBehavior is needed (all or any).',
    );
  }
  list.forEach((ew, i) => {
    const where = [...path, 'enableWhen', i];
    const q = byLinkId.get(ew.question);
    if (!q) {
      at(
        [...where, 'question'],
        `enableWhen verwijst naar "${ew.question}", maar die vraag staat niet in deze vragenlijst.`,
        `enableWhen refers to "${ew.question}", which is not an item of this questionnaire.`,
      );
      return;
    }
    if (q.linkId === raw.linkId) {
      at(
        [...where, 'question'],
        'Een vraag kan niet van zichzelf afhangen.',
        'An item cannot depend on itself.',
      );
      return;
    }
    if (!isQuestionType(q.type)) {
      at(
        [...where, 'question'],
        `enableWhen verwijst naar "${ew.question}", maar dat is geen vraag.`,
        `enableWhen refers to "${ew.question}", which is not a question.`,
      );
      return;
    }
    const keys = choiceKeys(ew, 'answer');
    const unsupported = keys.filter((k) => !(k in ANSWER_KINDS));
    if (unsupported.length) {
      at(
        [...where, unsupported[0]!],
        `${unsupported[0]} wordt niet ondersteund in enableWhen.`,
        `${unsupported[0]} is not supported in enableWhen.`,
      );
      return;
    }
    if (keys.length !== 1) {
      at(where, 'enableWhen heeft precies één answer[x].', 'enableWhen has exactly one answer[x].');
      return;
    }
    const key = keys[0]!;
    const answer = conditionAnswer(ew, key);
    if (ew.operator === 'exists') {
      if (answer.kind !== 'boolean') {
        at(
          [...where, key],
          'Bij de operator exists hoort answerBoolean.',
          'The operator exists takes answerBoolean.',
        );
        return;
      }
    } else {
      const kinds = answerKindsFor(q);
      if (!kinds.includes(answer.kind)) {
        at(
          [...where, key],
          `${key} past niet bij vraag "${q.linkId}" (${q.type}).`,
          `${key} does not fit question "${q.linkId}" (${q.type}).`,
        );
        return;
      }
      if (ORDERED.includes(ew.operator) && !['integer', 'decimal', 'date'].includes(answer.kind)) {
        at(
          [...where, 'operator'],
          `De operator ${ew.operator} werkt alleen met getallen en datums.`,
          `The operator ${ew.operator} works only with numbers and dates.`,
        );
        return;
      }
      if (answer.kind === 'date' && !isFullDate(answer.value)) {
        at([...where, key], 'Geef een hele datum (jjjj-mm-dd).', 'Give a whole date (yyyy-mm-dd).');
        return;
      }
    }
    conditions.push({ question: q.linkId, operator: ew.operator, answer });
  });
  return conditions;
}

function conditionAnswer(ew: z.infer<typeof enableWhen>, key: string): Value {
  const kind: Value['kind'] = ANSWER_KINDS[key] ?? 'coding';
  switch (kind) {
    case 'boolean':
      return { kind: 'boolean', value: ew.answerBoolean! };
    case 'integer':
      return { kind: 'integer', value: ew.answerInteger! };
    case 'decimal':
      return { kind: 'decimal', value: ew.answerDecimal! };
    case 'date':
      return { kind: 'date', value: ew.answerDate! };
    case 'string':
      return { kind: 'string', value: ew.answerString! };
    case 'coding':
      return codingValue(ew.answerCoding!);
  }
}

/**
 * Whether an item is enabled depends on its parent and on the questions in its enableWhen; a circle in
 * those dependencies could never be decided, so it is refused at the first item on it.
 */
function findCycles(
  items: ItemDef[],
  byLinkId: Map<string, ItemDef>,
  rawOf: Map<string, { raw: RawItem; path: Path }>,
  at: At,
) {
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const dependsOn = (d: ItemDef) => [...(d.parent ? [d.parent] : []), ...d.enableWhen.map((c) => c.question)];
  const visit = (d: ItemDef, trail: string[]) => {
    const s = state.get(d.linkId);
    if (s === 'done') return;
    if (s === 'visiting') {
      const circle = trail.slice(trail.indexOf(d.linkId));
      const first = circle[0]!;
      if (!reported.has(first)) {
        circle.forEach((id) => reported.add(id));
        at(
          [...rawOf.get(first)!.path, 'enableWhen'],
          `enableWhen maakt een cirkel: ${[...circle, first].join(' → ')}.`,
          `enableWhen makes a circle: ${[...circle, first].join(' → ')}.`,
        );
      }
      return;
    }
    state.set(d.linkId, 'visiting');
    for (const id of dependsOn(d)) {
      const next = byLinkId.get(id);
      if (next) visit(next, [...trail, d.linkId]);
    }
    state.set(d.linkId, 'done');
  };
  const all = (list: ItemDef[]): ItemDef[] => list.flatMap((d) => [d, ...all(d.items)]);
  for (const d of all(items)) visit(d, []);
}

// ── parsing, with errors that name the item ──────────────────────────────────────────────────────────

export interface DefinitionError {
  /** dot path inside the Questionnaire, e.g. `item.0.item.3.type` */
  path: string;
  /** bilingual (see server/errors.ts), starting with the item's linkId where there is one */
  message: string;
}

export type Parsed =
  { ok: true; definition: Definition; resource: Questionnaire } | { ok: false; errors: DefinitionError[] };

/** Checks a Questionnaire and compiles it; every error has its path and names the item it is in. */
export function parseQuestionnaire(raw: unknown): Parsed {
  const shaped = structure.safeParse(raw);
  if (!shaped.success) {
    return {
      ok: false,
      errors: shaped.error.issues.map((i) => named(raw, i.path as Path, zodMessage(i))),
    };
  }
  const { definition, issues } = build(shaped.data);
  if (issues.length) return { ok: false, errors: issues.map((i) => named(raw, i.path, i.message)) };
  return { ok: true, definition, resource: raw as Questionnaire };
}

function zodMessage(i: z.core.$ZodIssue): string {
  if (pickLanguage(i.message, 'nl') !== null) return i.message;
  const issue = { code: i.code, message: i.message, params: i as unknown as Record<string, unknown> };
  return bilingual(validationMessage(issue, 'nl'), validationMessage(issue, 'en'));
}

/** Prefixes the message with the linkId of the innermost item on the path, if there is one. */
function named(raw: unknown, path: Path, message: string): DefinitionError {
  let node: unknown = raw;
  let linkId: string | null = null;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<string | number, unknown>)[key];
    if (node && typeof node === 'object' && typeof (node as { linkId?: unknown }).linkId === 'string') {
      linkId = (node as { linkId: string }).linkId;
    }
  }
  const nl = pickLanguage(message, 'nl') ?? message;
  const en = pickLanguage(message, 'en') ?? message;
  return {
    path: path.join('.'),
    message: linkId ? bilingual(`Item "${linkId}": ${nl}`, `Item "${linkId}": ${en}`) : message,
  };
}

/** Order of two numbers, or of two whole dates (YYYY-MM-DD sorts as text). */
export function compareLimits(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Every item in document order. */
export function allItems(definition: Definition): ItemDef[] {
  const walk = (list: ItemDef[]): ItemDef[] => list.flatMap((d) => [d, ...walk(d.items)]);
  return walk(definition.items);
}
