// The engine: enableWhen (every operator, chains, behaviours), validation of every type at its edges,
// required only where enabled, and the screens of a phone UI.
import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../server/errors.ts';
import { parseQuestionnaire, type Definition } from './definition.ts';
import { conditionHolds, evaluate, screensOf, enabledItems, readAnswers } from './engine.ts';
import type { Condition, Value } from './definition.ts';

const MIN = 'http://hl7.org/fhir/StructureDefinition/minValue';
const MAX = 'http://hl7.org/fhir/StructureDefinition/maxValue';
const yesNo = [
  { valueCoding: { system: 'urn:yn', code: 'yes' } },
  { valueCoding: { system: 'urn:yn', code: 'no' } },
];

function definition(item: unknown[]): Definition {
  const r = parseQuestionnaire({ resourceType: 'Questionnaire', status: 'active', item });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.definition;
}

/** A flat response: linkId → its answers (value[x] objects). */
const response = (answers: Record<string, Record<string, unknown>[]>) => ({
  resourceType: 'QuestionnaireResponse' as const,
  status: 'in-progress' as const,
  item: Object.entries(answers).map(([linkId, answer]) => ({ linkId, answer })),
});

/** errors as "linkId code: English message" */
const errorsOf = (d: Definition, answers: Record<string, Record<string, unknown>[]>) =>
  evaluate(d, response(answers)).errors.map((e) => `${e.linkId} ${e.code}: ${pickLanguage(e.message, 'en')}`);

const enabledOf = (d: Definition, answers: Record<string, Record<string, unknown>[]>) =>
  evaluate(d, response(answers)).enabled;

const int = (value: number): Value => ({ kind: 'integer', value });
const dec = (value: number): Value => ({ kind: 'decimal', value });
const cond = (operator: Condition['operator'], answer: Value): Condition => ({
  question: 'q',
  operator,
  answer,
});

describe('conditionHolds: each operator', () => {
  it.each([
    // operator, condition value, answers, holds
    ['=', int(5), [int(5)], true],
    ['=', int(5), [int(4)], false],
    ['=', int(5), [dec(5)], true],
    ['=', int(5), [], false],
    ['!=', int(5), [int(4)], true],
    ['!=', int(5), [int(5)], false],
    ['!=', int(5), [], true],
    ['>', int(5), [int(6)], true],
    ['>', int(5), [int(5)], false],
    ['<', int(5), [int(4)], true],
    ['<', int(5), [int(5)], false],
    ['>=', int(5), [int(5)], true],
    ['>=', int(5), [int(4)], false],
    ['<=', int(5), [int(5)], true],
    ['<=', int(5), [int(6)], false],
    ['>', dec(1.5), [dec(1.6)], true],
    ['>', dec(1.5), [int(1)], false],
    ['<', int(2), [dec(1.99)], true],
    ['>', int(5), [], false],
    ['<', int(5), [], false],
    ['>', int(5), [int(1), int(9)], true],
  ] as const)('%s %j with %j → %s', (operator, answer, answers, holds) => {
    expect(conditionHolds(cond(operator, answer), answers)).toBe(holds);
  });

  it('exists true and false', () => {
    const yes = cond('exists', { kind: 'boolean', value: true });
    const no = cond('exists', { kind: 'boolean', value: false });
    expect(conditionHolds(yes, [int(0)])).toBe(true);
    expect(conditionHolds(yes, [])).toBe(false);
    expect(conditionHolds(no, [])).toBe(true);
    expect(conditionHolds(no, [int(0)])).toBe(false);
  });

  it('compares dates in order', () => {
    const d = (value: string): Value => ({ kind: 'date', value });
    expect(conditionHolds(cond('>', d('2020-01-01')), [d('2020-01-02')])).toBe(true);
    expect(conditionHolds(cond('>', d('2020-01-01')), [d('2020-01-01')])).toBe(false);
    expect(conditionHolds(cond('<=', d('2020-01-01')), [d('2020-01-01')])).toBe(true);
    expect(conditionHolds(cond('<', d('2020-01-01')), [d('2019-12-31')])).toBe(true);
    expect(conditionHolds(cond('=', d('2020-01-01')), [d('2020-01-01')])).toBe(true);
  });

  it('matches codings by code, and by system when both have one', () => {
    const yes: Value = { kind: 'coding', system: 'urn:yn', code: 'yes' };
    expect(conditionHolds(cond('=', yes), [{ kind: 'coding', system: 'urn:yn', code: 'yes' }])).toBe(true);
    expect(conditionHolds(cond('=', yes), [{ kind: 'coding', code: 'yes' }])).toBe(true);
    expect(conditionHolds(cond('=', yes), [{ kind: 'coding', system: 'urn:other', code: 'yes' }])).toBe(
      false,
    );
    expect(conditionHolds(cond('!=', yes), [{ kind: 'coding', system: 'urn:yn', code: 'no' }])).toBe(true);
  });

  it('matches booleans and strings exactly', () => {
    expect(
      conditionHolds(cond('=', { kind: 'boolean', value: true }), [{ kind: 'boolean', value: true }]),
    ).toBe(true);
    expect(
      conditionHolds(cond('=', { kind: 'boolean', value: true }), [{ kind: 'boolean', value: false }]),
    ).toBe(false);
    expect(conditionHolds(cond('=', { kind: 'string', value: 'a' }), [{ kind: 'string', value: 'a' }])).toBe(
      true,
    );
    expect(conditionHolds(cond('=', { kind: 'string', value: 'a' }), [{ kind: 'string', value: 'A' }])).toBe(
      false,
    );
  });
});

describe('enabled items', () => {
  const chain = definition([
    { linkId: 'smokes', type: 'choice', required: true, answerOption: yesNo },
    {
      linkId: 'daily',
      type: 'boolean',
      required: true,
      enableWhen: [{ question: 'smokes', operator: '=', answerCoding: { system: 'urn:yn', code: 'yes' } }],
    },
    {
      linkId: 'perDay',
      type: 'integer',
      required: true,
      enableWhen: [{ question: 'daily', operator: '=', answerBoolean: true }],
    },
    { linkId: 'end', type: 'display' },
  ]);

  it('follows a chain of conditions', () => {
    expect(enabledOf(chain, {})).toEqual(['smokes', 'end']);
    expect(enabledOf(chain, { smokes: [{ valueCoding: { code: 'yes' } }] })).toEqual([
      'smokes',
      'daily',
      'end',
    ]);
    expect(
      enabledOf(chain, { smokes: [{ valueCoding: { code: 'yes' } }], daily: [{ valueBoolean: true }] }),
    ).toEqual(['smokes', 'daily', 'perDay', 'end']);
  });

  it('switches the whole chain off when its first answer changes, keeping no hidden answer', () => {
    const answers = {
      smokes: [{ valueCoding: { code: 'no' } }],
      daily: [{ valueBoolean: true }],
      perDay: [{ valueInteger: 500 }],
    };
    const e = evaluate(chain, response(answers));
    expect(e.enabled).toEqual(['smokes', 'end']);
    // hidden answers, even wrong or required ones, are neither errors nor answers
    expect(e.errors).toEqual([]);
    expect(e.complete).toBe(true);
    expect([...e.answers.keys()]).toEqual(['smokes']);
  });

  it('requires enabled required questions, not hidden ones', () => {
    expect(errorsOf(chain, {})).toEqual(['smokes required: Answer this question.']);
    expect(errorsOf(chain, { smokes: [{ valueCoding: { code: 'yes' } }] })).toEqual([
      'daily required: Answer this question.',
    ]);
    expect(
      errorsOf(chain, { smokes: [{ valueCoding: { code: 'yes' } }], daily: [{ valueBoolean: false }] }),
    ).toEqual([]);
  });

  it('applies enableBehavior all and any', () => {
    const items = (behaviour: 'all' | 'any') =>
      definition([
        { linkId: 'a', type: 'integer' },
        { linkId: 'b', type: 'boolean' },
        {
          linkId: 'c',
          type: 'string',
          enableBehavior: behaviour,
          enableWhen: [
            { question: 'a', operator: '>', answerInteger: 10 },
            { question: 'b', operator: '=', answerBoolean: true },
          ],
        },
      ]);
    const one = { a: [{ valueInteger: 11 }], b: [{ valueBoolean: false }] };
    const both = { a: [{ valueInteger: 11 }], b: [{ valueBoolean: true }] };
    expect(enabledOf(items('all'), one)).toEqual(['a', 'b']);
    expect(enabledOf(items('all'), both)).toEqual(['a', 'b', 'c']);
    expect(enabledOf(items('any'), one)).toEqual(['a', 'b', 'c']);
    expect(enabledOf(items('any'), {})).toEqual(['a', 'b']);
  });

  it('disables the items of a disabled group, and lets a later question switch an earlier one', () => {
    const d = definition([
      {
        linkId: 'g',
        type: 'group',
        enableWhen: [{ question: 'adult', operator: '=', answerBoolean: true }],
        item: [
          { linkId: 'g1', type: 'boolean', required: true },
          {
            linkId: 'g2',
            type: 'string',
            enableWhen: [{ question: 'g1', operator: 'exists', answerBoolean: true }],
          },
        ],
      },
      { linkId: 'adult', type: 'boolean' },
    ]);
    expect(enabledOf(d, { g1: [{ valueBoolean: true }] })).toEqual(['adult']);
    expect(enabledOf(d, { adult: [{ valueBoolean: true }], g1: [{ valueBoolean: true }] })).toEqual([
      'g',
      'g1',
      'g2',
      'adult',
    ]);
    expect(errorsOf(d, { adult: [{ valueBoolean: true }] })).toEqual(['g1 required: Answer this question.']);
  });

  it('uses the answers of a question only while it is enabled', () => {
    const d = definition([
      { linkId: 'a', type: 'boolean' },
      { linkId: 'b', type: 'integer', enableWhen: [{ question: 'a', operator: '=', answerBoolean: true }] },
      { linkId: 'c', type: 'string', enableWhen: [{ question: 'b', operator: '!=', answerInteger: 3 }] },
      {
        linkId: 'd',
        type: 'string',
        enableWhen: [{ question: 'b', operator: 'exists', answerBoolean: false }],
      },
    ]);
    // b is hidden, so its 3 is no answer: "!= 3" holds and "does not exist" holds
    expect(enabledOf(d, { a: [{ valueBoolean: false }], b: [{ valueInteger: 3 }] })).toEqual(['a', 'c', 'd']);
    expect(enabledOf(d, { a: [{ valueBoolean: true }], b: [{ valueInteger: 3 }] })).toEqual(['a', 'b']);
  });

  it('gives enabledItems and readAnswers on their own', () => {
    const read = readAnswers(response({ smokes: [{ valueCoding: { code: 'yes' } }] }));
    expect(read).toMatchObject({ unreadable: new Set(), duplicates: [] });
    expect([...enabledItems(chain, read.answers)]).toEqual(['smokes', 'daily', 'end']);
  });
});

describe('validation of each type', () => {
  const d = definition([
    { linkId: 'bool', type: 'boolean' },
    {
      linkId: 'int',
      type: 'integer',
      extension: [
        { url: MIN, valueInteger: 0 },
        { url: MAX, valueInteger: 10 },
      ],
    },
    {
      linkId: 'dec',
      type: 'decimal',
      extension: [
        { url: MIN, valueDecimal: 0.5 },
        { url: MAX, valueDecimal: 2.5 },
      ],
    },
    {
      linkId: 'date',
      type: 'date',
      extension: [
        { url: MIN, valueDate: '2000-01-01' },
        { url: MAX, valueDate: '2000-12-31' },
      ],
    },
    { linkId: 'str', type: 'string', maxLength: 5 },
    { linkId: 'code', type: 'choice', answerOption: yesNo },
    { linkId: 'num', type: 'choice', answerOption: [{ valueInteger: 1 }, { valueInteger: 2 }] },
    { linkId: 'txt', type: 'choice', answerOption: [{ valueString: 'red' }, { valueString: 'blue' }] },
    { linkId: 'any', type: 'choice', answerValueSet: 'http://loinc.org/vs/LL358-3' },
  ]);
  const one = (linkId: string, answer: Record<string, unknown>) => errorsOf(d, { [linkId]: [answer] });

  it.each([
    ['bool', { valueBoolean: true }],
    ['bool', { valueBoolean: false }],
    ['int', { valueInteger: 0 }],
    ['int', { valueInteger: 10 }],
    ['dec', { valueDecimal: 0.5 }],
    ['dec', { valueDecimal: 2.5 }],
    ['dec', { valueInteger: 2 }],
    ['date', { valueDate: '2000-01-01' }],
    ['date', { valueDate: '2000-12-31' }],
    ['date', { valueDate: '2000-02-29' }],
    ['str', { valueString: 'abcde' }],
    ['str', { valueString: '😀😀😀😀😀' }],
    ['code', { valueCoding: { system: 'urn:yn', code: 'no' } }],
    ['code', { valueCoding: { code: 'yes', display: 'Ja' } }],
    ['num', { valueInteger: 2 }],
    ['txt', { valueString: 'blue' }],
    ['any', { valueCoding: { system: 'http://loinc.org', code: 'LA6568-5' } }],
  ])('takes %s = %j', (linkId, answer) => {
    expect(one(linkId, answer)).toEqual([]);
  });

  it.each([
    ['bool', { valueString: 'yes' }, 'bool invalid: Choose yes or no.'],
    ['int', { valueInteger: 2.5 }, 'int invalid: Enter a whole number.'],
    ['int', { valueString: '3' }, 'int invalid: Enter a whole number.'],
    ['int', { valueInteger: -1 }, 'int min: The number must be 0 or more.'],
    ['int', { valueInteger: 11 }, 'int max: The number must be 10 or less.'],
    ['dec', { valueDecimal: 0.49 }, 'dec min: The number must be 0.5 or more.'],
    ['dec', { valueDecimal: 2.51 }, 'dec max: The number must be 2.5 or less.'],
    ['dec', { valueBoolean: true }, 'dec invalid: Enter a number.'],
    ['date', { valueDate: '1999-12-31' }, 'date min: Choose 2000-01-01 or later.'],
    ['date', { valueDate: '2001-01-01' }, 'date max: Choose 2000-12-31 or earlier.'],
    ['date', { valueDate: '2000-02-30' }, 'date invalid: Enter a date (yyyy-mm-dd).'],
    ['date', { valueDate: '2000-06' }, 'date invalid: Enter a date (yyyy-mm-dd).'],
    ['str', { valueString: 'abcdef' }, 'str max-length: Use at most 5 characters (now 6).'],
    ['str', { valueString: '   ' }, 'str invalid: Enter some text.'],
    ['str', { valueInteger: 1 }, 'str invalid: Enter some text.'],
    ['code', { valueCoding: { code: 'maybe' } }, 'code option: Choose one of the options.'],
    [
      'code',
      { valueCoding: { system: 'urn:other', code: 'yes' } },
      'code option: Choose one of the options.',
    ],
    ['code', { valueString: 'yes' }, 'code option: Choose one of the options.'],
    ['num', { valueInteger: 3 }, 'num option: Choose one of the options.'],
    ['num', { valueCoding: { code: '1' } }, 'num option: Choose one of the options.'],
    ['txt', { valueString: 'green' }, 'txt option: Choose one of the options.'],
    ['any', { valueString: 'LA6568-5' }, 'any option: Choose one of the options.'],
  ])('refuses %s = %j', (linkId, answer, error) => {
    expect(one(linkId, answer)).toEqual([error]);
  });

  it('says the limits in Dutch with a decimal comma', () => {
    const e = evaluate(d, response({ dec: [{ valueDecimal: 3 }] })).errors[0]!;
    expect(pickLanguage(e.message, 'nl')).toBe('Het getal moet 2,5 of minder zijn.');
  });

  it('takes several answers only where the question repeats', () => {
    const r = definition([
      { linkId: 'one', type: 'choice', answerOption: yesNo },
      { linkId: 'many', type: 'choice', repeats: true, answerOption: yesNo },
    ]);
    const two = [{ valueCoding: { code: 'yes' } }, { valueCoding: { code: 'no' } }];
    expect(errorsOf(r, { one: two })).toEqual(['one repeats: Give one answer.']);
    expect(errorsOf(r, { many: two })).toEqual([]);
    expect(errorsOf(r, { many: [{ valueCoding: { code: 'yes' } }, { valueCoding: { code: 'x' } }] })).toEqual(
      ['many option: Choose one of the options.'],
    );
  });

  it('refuses unknown items, answers to groups and texts, duplicates and unreadable answers', () => {
    const r = definition([
      { linkId: 'g', type: 'group', item: [{ linkId: 'q', type: 'boolean' }] },
      { linkId: 'd', type: 'display' },
    ]);
    const e = evaluate(r, {
      resourceType: 'QuestionnaireResponse',
      item: [
        {
          linkId: 'g',
          answer: [{ valueBoolean: true }],
          item: [{ linkId: 'q', answer: [{ valueQuantity: { value: 1 } }] }],
        },
        { linkId: 'd', answer: [{ valueString: 'x' }] },
        { linkId: 'q', answer: [{ valueBoolean: true }] },
        { linkId: 'zz', answer: [{ valueBoolean: true }] },
        { linkId: 'd' },
      ],
    });
    expect(e.errors.map((x) => `${x.linkId} ${x.code}`)).toEqual([
      'g no-answer-expected',
      'q duplicate',
      'q invalid',
      'd duplicate',
      'd no-answer-expected',
      'zz unknown-item',
    ]);
    expect(e.complete).toBe(false);
  });

  it('ignores any answer to a calculated item (the SDC PHQ-9 total is a valueQuantity)', () => {
    const r = definition([
      { linkId: 'q', type: 'integer' },
      {
        linkId: 'total',
        type: 'quantity',
        extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/cqf-expression', valueExpression: {} }],
      },
    ]);
    expect(errorsOf(r, { total: [{ valueQuantity: { value: 3 } }], q: [{ valueInteger: 3 }] })).toEqual([]);
  });

  it('reads answers wherever they are nested, also under an answer', () => {
    const r = definition([
      { linkId: 'g', type: 'group', item: [{ linkId: 'q', type: 'integer', required: true }] },
    ]);
    const e = evaluate(r, {
      resourceType: 'QuestionnaireResponse',
      item: [{ linkId: 'g', item: [{ linkId: 'q', answer: [{ valueInteger: 1 }] }] }],
    });
    expect(e).toMatchObject({ errors: [], complete: true });
  });

  it('needs one answer in a required group, and none of read-only, hidden or calculated items', () => {
    const r = definition([
      {
        linkId: 'g',
        type: 'group',
        required: true,
        item: [
          { linkId: 'a', type: 'boolean' },
          { linkId: 'b', type: 'boolean' },
        ],
      },
      { linkId: 'ro', type: 'integer', required: true, readOnly: true },
      {
        linkId: 'hid',
        type: 'integer',
        required: true,
        extension: [
          { url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden', valueBoolean: true },
        ],
      },
      {
        linkId: 'calc',
        type: 'integer',
        required: true,
        extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/cqf-expression', valueExpression: {} }],
      },
    ]);
    expect(errorsOf(r, {})).toEqual(['g required: Answer at least one question here.']);
    expect(errorsOf(r, { b: [{ valueBoolean: false }] })).toEqual([]);
    // a wrong answer does not count as an answer in the group
    expect(errorsOf(r, { a: [{ valueString: 'x' }] })).toEqual([
      'g required: Answer at least one question here.',
      'a invalid: Choose yes or no.',
    ]);
  });

  it('lists errors in the order of the questionnaire and is complete only without any', () => {
    const e = evaluate(
      d,
      response({
        str: [{ valueString: 'too long' }],
        bool: [{ valueString: 'x' }],
        int: [{ valueInteger: 5 }],
      }),
    );
    expect(e.errors.map((x) => x.linkId)).toEqual(['bool', 'str']);
    expect(e.complete).toBe(false);
    expect([...e.answers.keys()]).toEqual(['int']);
  });
});

describe('screens', () => {
  const d = definition([
    { linkId: 'welcome', type: 'display', text: 'Welcome' },
    { linkId: 'age', type: 'integer', item: [{ linkId: 'age-help', type: 'display', text: 'In years' }] },
    {
      linkId: 'mood',
      type: 'group',
      text: 'Over the last two weeks',
      item: [
        { linkId: 'm1', type: 'choice', answerOption: yesNo },
        { linkId: 'm2', type: 'choice', answerOption: yesNo },
        {
          linkId: 'm3',
          type: 'string',
          enableWhen: [{ question: 'm2', operator: '=', answerCoding: { code: 'yes' } }],
        },
      ],
    },
    {
      linkId: 'life',
      type: 'group',
      text: 'Lifestyle',
      item: [
        { linkId: 'life-intro', type: 'display' },
        { linkId: 'alcohol', type: 'group', item: [{ linkId: 'glasses', type: 'integer' }] },
        {
          linkId: 'smoking',
          type: 'group',
          enableWhen: [{ question: 'age', operator: '>=', answerInteger: 16 }],
          item: [{ linkId: 'smokes', type: 'boolean' }],
        },
        { linkId: 'sleep', type: 'integer' },
      ],
    },
    {
      linkId: 'only-hidden',
      type: 'group',
      item: [
        { linkId: 'h', type: 'string', enableWhen: [{ question: 'age', operator: '>', answerInteger: 200 }] },
      ],
    },
    {
      linkId: 'total',
      type: 'integer',
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/cqf-expression', valueExpression: {} }],
    },
  ]);

  it('gives one screen per question or group; a group of groups is a section', () => {
    expect(evaluate(d, response({})).screens).toEqual([
      { linkId: 'welcome', kind: 'display', items: ['welcome'], section: [] },
      { linkId: 'age', kind: 'question', items: ['age', 'age-help'], section: [] },
      { linkId: 'mood', kind: 'group', items: ['m1', 'm2'], section: [] },
      { linkId: 'life-intro', kind: 'display', items: ['life-intro'], section: ['life'] },
      { linkId: 'alcohol', kind: 'group', items: ['glasses'], section: ['life'] },
      { linkId: 'sleep', kind: 'question', items: ['sleep'], section: ['life'] },
    ]);
  });

  it('adds and removes screens and questions as answers enable them', () => {
    const s = evaluate(
      d,
      response({ age: [{ valueInteger: 40 }], m2: [{ valueCoding: { code: 'yes' } }] }),
    ).screens;
    expect(s.map((x) => x.linkId)).toEqual([
      'welcome',
      'age',
      'mood',
      'life-intro',
      'alcohol',
      'smoking',
      'sleep',
    ]);
    expect(s.find((x) => x.linkId === 'mood')!.items).toEqual(['m1', 'm2', 'm3']);
    expect(screensOf(d, new Set(['welcome']))).toEqual([
      { linkId: 'welcome', kind: 'display', items: ['welcome'], section: [] },
    ]);
  });
});
