// Import checks of a FHIR Questionnaire: what the engine supports compiles; everything else is refused at
// its path with a message that names the item's linkId.
import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../server/errors.ts';
import { parseQuestionnaire, questionnaireSchema, type Definition } from './definition.ts';

const MIN = 'http://hl7.org/fhir/StructureDefinition/minValue';
const MAX = 'http://hl7.org/fhir/StructureDefinition/maxValue';

const questionnaire = (item: unknown[], extra: Record<string, unknown> = {}) => ({
  resourceType: 'Questionnaire',
  url: 'https://example.org/Questionnaire/test',
  status: 'active',
  item,
  ...extra,
});

function compiled(item: unknown[], extra: Record<string, unknown> = {}): Definition {
  const r = parseQuestionnaire(questionnaire(item, extra));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.definition;
}

/** The errors in English, as "path: message". */
function refused(item: unknown[], extra: Record<string, unknown> = {}): string[] {
  const r = parseQuestionnaire(questionnaire(item, extra));
  if (r.ok) throw new Error('expected the questionnaire to be refused');
  return r.errors.map((e) => `${e.path}: ${pickLanguage(e.message, 'en')}`);
}

const yesNo = [{ valueCoding: { code: 'yes' } }, { valueCoding: { code: 'no' } }];

describe('parseQuestionnaire: what compiles', () => {
  it('compiles every supported item type with options, limits and flags', () => {
    const d = compiled([
      {
        linkId: 'g',
        type: 'group',
        text: 'About you',
        item: [
          { linkId: 'intro', type: 'display', text: 'A few questions.' },
          { linkId: 'smokes', type: 'choice', required: true, answerOption: yesNo },
          {
            linkId: 'age',
            type: 'integer',
            extension: [
              { url: MIN, valueInteger: 18 },
              { url: MAX, valueInteger: 120 },
            ],
          },
          { linkId: 'kg', type: 'decimal', extension: [{ url: MIN, valueDecimal: 10.5 }] },
          { linkId: 'sport', type: 'boolean' },
          { linkId: 'note', type: 'string', maxLength: 200 },
          { linkId: 'since', type: 'date', extension: [{ url: MAX, valueDate: '2030-12-31' }] },
        ],
      },
    ]);
    expect([...d.byLinkId.keys()]).toEqual(['g', 'intro', 'smokes', 'age', 'kg', 'sport', 'note', 'since']);
    const at = (id: string) => d.byLinkId.get(id)!;
    expect(at('smokes')).toMatchObject({ type: 'choice', required: true, asked: true, parent: 'g' });
    expect(at('smokes').options).toEqual([
      { kind: 'coding', code: 'yes' },
      { kind: 'coding', code: 'no' },
    ]);
    expect(at('age')).toMatchObject({ min: 18, max: 120 });
    expect(at('kg')).toMatchObject({ min: 10.5, max: null });
    expect(at('note').maxLength).toBe(200);
    expect(at('since').max).toBe('2030-12-31');
    expect(at('intro')).toMatchObject({ type: 'display', asked: false, shown: true });
    expect(at('g')).toMatchObject({ type: 'group', asked: false });
  });

  it('takes integer and string answer options', () => {
    const d = compiled([
      { linkId: 'n', type: 'choice', answerOption: [{ valueInteger: 1 }, { valueInteger: 2 }] },
      { linkId: 's', type: 'choice', answerOption: [{ valueString: 'a' }, { valueString: 'b' }] },
    ]);
    expect(d.byLinkId.get('n')!.options).toEqual([
      { kind: 'integer', value: 1 },
      { kind: 'integer', value: 2 },
    ]);
    expect(d.byLinkId.get('s')!.options).toEqual([
      { kind: 'string', value: 'a' },
      { kind: 'string', value: 'b' },
    ]);
  });

  it('reads a contained ValueSet from compose, else from its expansion; an external one takes any coding', () => {
    const d = compiled(
      [
        { linkId: 'a', type: 'choice', answerValueSet: '#composed' },
        { linkId: 'b', type: 'choice', answerValueSet: '#expanded' },
        { linkId: 'c', type: 'choice', answerValueSet: 'http://loinc.org/vs/LL358-3' },
      ],
      {
        contained: [
          {
            resourceType: 'ValueSet',
            id: 'composed',
            compose: { include: [{ system: 'urn:s', concept: [{ code: 'x' }, { code: 'y' }] }] },
          },
          {
            resourceType: 'ValueSet',
            id: 'expanded',
            expansion: { contains: [{ system: 'urn:t', code: 'z', display: 'Zed' }] },
          },
        ],
      },
    );
    expect(d.byLinkId.get('a')!.options).toEqual([
      { kind: 'coding', system: 'urn:s', code: 'x' },
      { kind: 'coding', system: 'urn:s', code: 'y' },
    ]);
    expect(d.byLinkId.get('b')!.options).toEqual([
      { kind: 'coding', system: 'urn:t', code: 'z', display: 'Zed' },
    ]);
    expect(d.byLinkId.get('c')!.options).toBe('any-coding');
  });

  it('compiles enableWhen with each operator and enableBehavior', () => {
    const d = compiled([
      { linkId: 'n', type: 'integer' },
      {
        linkId: 'f',
        type: 'string',
        enableBehavior: 'all',
        enableWhen: [
          { question: 'n', operator: '>=', answerInteger: 3 },
          { question: 'n', operator: '<', answerDecimal: 9.5 },
          { question: 'n', operator: 'exists', answerBoolean: true },
        ],
      },
    ]);
    expect(d.byLinkId.get('f')!.enableWhen).toEqual([
      { question: 'n', operator: '>=', answer: { kind: 'integer', value: 3 } },
      { question: 'n', operator: '<', answer: { kind: 'decimal', value: 9.5 } },
      { question: 'n', operator: 'exists', answer: { kind: 'boolean', value: true } },
    ]);
    expect(d.byLinkId.get('f')!.enableBehavior).toBe('all');
  });

  it('lets an enableWhen refer to a later question', () => {
    const d = compiled([
      {
        linkId: 'why',
        type: 'string',
        enableWhen: [{ question: 'smokes', operator: '=', answerCoding: { code: 'yes' } }],
      },
      { linkId: 'smokes', type: 'choice', answerOption: yesNo },
    ]);
    expect(d.byLinkId.get('why')!.enableWhen).toHaveLength(1);
  });

  it('keeps calculated, hidden and read-only items, but does not ask them', () => {
    const d = compiled([
      { linkId: 'q', type: 'integer' },
      {
        linkId: 'total',
        type: 'quantity',
        extension: [
          {
            url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
            valueExpression: { language: 'text/fhirpath', expression: '1' },
          },
        ],
      },
      {
        linkId: 'secret',
        type: 'string',
        extension: [
          { url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden', valueBoolean: true },
        ],
      },
      { linkId: 'shownOnly', type: 'string', readOnly: true },
    ]);
    expect(d.byLinkId.get('total')).toMatchObject({ type: 'other', asked: false, shown: false });
    expect(d.byLinkId.get('secret')).toMatchObject({ asked: false, shown: false });
    expect(d.byLinkId.get('shownOnly')).toMatchObject({ asked: false, shown: true });
  });

  it('keeps help texts under a question', () => {
    const d = compiled([
      { linkId: 'q', type: 'boolean', item: [{ linkId: 'q-help', type: 'display', text: 'Help' }] },
    ]);
    expect(d.byLinkId.get('q-help')!.parent).toBe('q');
  });

  it('takes title, else name, and url and version', () => {
    const d = compiled([{ linkId: 'q', type: 'boolean' }], { name: 'Short', version: '2' });
    expect(d).toMatchObject({ title: 'Short', version: '2', url: 'https://example.org/Questionnaire/test' });
  });

  it('is a zod schema too', () => {
    expect(questionnaireSchema.safeParse(questionnaire([{ linkId: 'q', type: 'boolean' }])).success).toBe(
      true,
    );
    expect(questionnaireSchema.safeParse(questionnaire([{ linkId: 'q', type: 'text' }])).success).toBe(false);
  });
});

describe('parseQuestionnaire: what is refused, naming the item', () => {
  it.each([
    'open-choice',
    'text',
    'quantity',
    'dateTime',
    'time',
    'attachment',
    'reference',
    'url',
    'question',
  ])('refuses type %s', (type) => {
    expect(refused([{ linkId: 'x1', type }])).toEqual([
      `item.0.type: Item "x1": The type "${type}" is not supported. Use group, display, choice, integer, decimal, boolean, string, date.`,
    ]);
  });

  it('names the item in a nested group, in Dutch too', () => {
    const r = parseQuestionnaire(
      questionnaire([{ linkId: 'g', type: 'group', item: [{ linkId: 'g.1', type: 'open-choice' }] }]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.path).toBe('item.0.item.0.type');
    expect(pickLanguage(r.errors[0]!.message, 'nl')).toMatch(
      /^Item "g\.1": Het type "open-choice" wordt niet ondersteund/,
    );
  });

  it('names the item of a structural error (a missing type)', () => {
    expect(refused([{ linkId: 'a', type: 'boolean' }, { linkId: 'b' }])).toEqual([
      'item.1.type: Item "b": Please fill in this field.',
    ]);
  });

  it('refuses a resource that is not a Questionnaire, a missing status, a bad url, no items', () => {
    expect(refused([{ linkId: 'a', type: 'boolean' }], { resourceType: 'Patient' })).toEqual([
      'resourceType: This is not a FHIR Questionnaire: resourceType must be "Questionnaire".',
    ]);
    expect(refused([{ linkId: 'a', type: 'boolean' }], { status: undefined })[0]).toMatch(
      /^status: Give the status/,
    );
    expect(refused([{ linkId: 'a', type: 'boolean' }], { url: 'not a url' })[0]).toMatch(
      /^url: The url must be/,
    );
    expect(refused([])[0]).toMatch(/^item: /);
  });

  it('refuses a linkId used twice', () => {
    expect(
      refused([
        { linkId: 'a', type: 'boolean' },
        { linkId: 'a', type: 'string' },
      ]),
    ).toEqual(['item.1.linkId: Item "a": This linkId occurs more than once; every linkId must be unique.']);
  });

  it('refuses an enableWhen on an unknown question, naming both', () => {
    expect(
      refused([
        { linkId: 'a', type: 'boolean' },
        {
          linkId: 'b',
          type: 'string',
          enableWhen: [{ question: 'nope', operator: 'exists', answerBoolean: true }],
        },
      ]),
    ).toEqual([
      'item.1.enableWhen.0.question: Item "b": enableWhen refers to "nope", which is not an item of this questionnaire.',
    ]);
  });

  it('refuses an enableWhen on a group, a display item or itself', () => {
    const errors = refused([
      { linkId: 'g', type: 'group', item: [{ linkId: 'd', type: 'display' }] },
      {
        linkId: 'x',
        type: 'string',
        enableWhen: [{ question: 'g', operator: 'exists', answerBoolean: true }],
      },
      {
        linkId: 'y',
        type: 'string',
        enableWhen: [{ question: 'd', operator: 'exists', answerBoolean: true }],
      },
      {
        linkId: 'z',
        type: 'string',
        enableWhen: [{ question: 'z', operator: 'exists', answerBoolean: true }],
      },
    ]);
    expect(errors).toEqual([
      'item.1.enableWhen.0.question: Item "x": enableWhen refers to "g", which is not a question.',
      'item.2.enableWhen.0.question: Item "y": enableWhen refers to "d", which is not a question.',
      'item.3.enableWhen.0.question: Item "z": An item cannot depend on itself.',
    ]);
  });

  it('refuses an unknown operator, exists without a boolean, and an answer that does not fit', () => {
    const errors = refused([
      { linkId: 'n', type: 'integer' },
      { linkId: 'c', type: 'choice', answerOption: yesNo },
      { linkId: 'a', type: 'string', enableWhen: [{ question: 'n', operator: '~', answerInteger: 1 }] },
    ]);
    expect(errors).toEqual([
      'item.2.enableWhen.0.operator: Item "a": Choose one of these operators: exists = != > < >= <=.',
    ]);
    expect(
      refused([
        { linkId: 'n', type: 'integer' },
        { linkId: 'c', type: 'choice', answerOption: yesNo },
        {
          linkId: 'a',
          type: 'string',
          enableWhen: [{ question: 'n', operator: 'exists', answerInteger: 1 }],
        },
        { linkId: 'b', type: 'string', enableWhen: [{ question: 'n', operator: '=', answerString: '1' }] },
        {
          linkId: 'd',
          type: 'string',
          enableWhen: [{ question: 'c', operator: '>', answerCoding: { code: 'yes' } }],
        },
        { linkId: 'e', type: 'string', enableWhen: [{ question: 'c', operator: '=', answerInteger: 1 }] },
        {
          linkId: 'f',
          type: 'string',
          enableWhen: [{ question: 'n', operator: '=', answerQuantity: { value: 1 } }],
        },
        { linkId: 'g', type: 'string', enableWhen: [{ question: 'n', operator: '=' }] },
      ]),
    ).toEqual([
      'item.2.enableWhen.0.answerInteger: Item "a": The operator exists takes answerBoolean.',
      'item.3.enableWhen.0.answerString: Item "b": answerString does not fit question "n" (integer).',
      'item.4.enableWhen.0.operator: Item "d": The operator > works only with numbers and dates.',
      'item.5.enableWhen.0.answerInteger: Item "e": answerInteger does not fit question "c" (choice).',
      'item.6.enableWhen.0.answerQuantity: Item "f": answerQuantity is not supported in enableWhen.',
      'item.7.enableWhen.0: Item "g": enableWhen has exactly one answer[x].',
    ]);
  });

  it('refuses a partial date in enableWhen', () => {
    expect(
      refused([
        { linkId: 'd', type: 'date' },
        { linkId: 'x', type: 'string', enableWhen: [{ question: 'd', operator: '>', answerDate: '2020' }] },
      ]),
    ).toEqual(['item.1.enableWhen.0.answerDate: Item "x": Give a whole date (yyyy-mm-dd).']);
  });

  it('needs enableBehavior with more than one enableWhen', () => {
    expect(
      refused([
        { linkId: 'a', type: 'boolean' },
        {
          linkId: 'b',
          type: 'string',
          enableWhen: [
            { question: 'a', operator: 'exists', answerBoolean: true },
            { question: 'a', operator: '=', answerBoolean: true },
          ],
        },
      ]),
    ).toEqual([
      'item.1.enableBehavior: Item "b": With more than one enableWhen, enableBehavior is needed (all or any).',
    ]);
  });

  it('refuses a circle of conditions, also through a group', () => {
    expect(
      refused([
        { linkId: 'a', type: 'boolean', enableWhen: [{ question: 'b', operator: '=', answerBoolean: true }] },
        { linkId: 'b', type: 'boolean', enableWhen: [{ question: 'a', operator: '=', answerBoolean: true }] },
      ]),
    ).toEqual(['item.0.enableWhen: Item "a": enableWhen makes a circle: a → b → a.']);
    expect(
      refused([
        {
          linkId: 'g',
          type: 'group',
          enableWhen: [{ question: 'inner', operator: 'exists', answerBoolean: true }],
          item: [{ linkId: 'inner', type: 'boolean' }],
        },
      ]),
    ).toEqual(['item.0.enableWhen: Item "g": enableWhen makes a circle: g → inner → g.']);
  });

  it('refuses answer options that are not codings, integers or strings, or hold two values, or repeat', () => {
    expect(
      refused([
        { linkId: 'a', type: 'choice', answerOption: [{ valueDate: '2020-01-01' }] },
        { linkId: 'b', type: 'choice', answerOption: [{ valueInteger: 1, valueString: 'x' }] },
        { linkId: 'c', type: 'choice', answerOption: [{ valueString: 'x' }, { valueString: 'x' }] },
      ]),
    ).toEqual([
      'item.0.answerOption.0.valueDate: Item "a": An answer option as valueDate is not supported; use valueCoding, valueInteger or valueString.',
      'item.1.answerOption.0: Item "b": An answer option has exactly one value (valueCoding, valueInteger or valueString).',
      'item.2.answerOption.1: Item "c": This answer option occurs twice.',
    ]);
  });

  it('refuses a choice without options, options on another type, both kinds, and an unknown contained set', () => {
    expect(
      refused([
        { linkId: 'a', type: 'choice' },
        { linkId: 'b', type: 'integer', answerOption: [{ valueInteger: 1 }] },
        { linkId: 'c', type: 'choice', answerOption: yesNo, answerValueSet: 'http://x.org/vs' },
        { linkId: 'd', type: 'choice', answerValueSet: '#missing' },
      ]),
    ).toEqual([
      'item.0.answerOption: Item "a": A choice question needs answer options (answerOption or answerValueSet).',
      'item.1.answerOption: Item "b": Only a choice question has answer options.',
      'item.2.answerValueSet: Item "c": Give answerOption or answerValueSet, not both.',
      'item.3.answerValueSet: Item "d": The questionnaire contains no ValueSet "missing".',
    ]);
  });

  it('refuses limits on the wrong type, of the wrong kind, or the wrong way round', () => {
    expect(
      refused([
        { linkId: 'a', type: 'string', extension: [{ url: MIN, valueInteger: 1 }] },
        { linkId: 'b', type: 'integer', extension: [{ url: MAX, valueDecimal: 1.5 }] },
        { linkId: 'c', type: 'date', extension: [{ url: MIN, valueDate: '2020-02' }] },
        {
          linkId: 'd',
          type: 'decimal',
          extension: [
            { url: MIN, valueDecimal: 2 },
            { url: MAX, valueDecimal: 1.5 },
          ],
        },
        { linkId: 'e', type: 'integer', maxLength: 3 },
      ]),
    ).toEqual([
      'item.0.extension.0: Item "a": minValue applies only to an integer, decimal or date question.',
      'item.1.extension.0: Item "b": Give maxValue as valueInteger.',
      'item.2.extension.0: Item "c": Give minValue as valueDate (yyyy-mm-dd).',
      'item.3.extension: Item "d": The minimum (minValue) is greater than the maximum (maxValue).',
      'item.4.maxLength: Item "e": maxLength applies only to a string question.',
    ]);
  });

  it('refuses displays that are required or hold items, empty or repeating groups, questions under a question', () => {
    expect(
      refused([
        { linkId: 'd', type: 'display', required: true },
        { linkId: 'g', type: 'group', repeats: true, item: [{ linkId: 'g1', type: 'boolean' }] },
        { linkId: 'q', type: 'boolean', item: [{ linkId: 'q1', type: 'string' }] },
      ]),
    ).toEqual([
      'item.0.required: Item "d": A display item cannot be required.',
      'item.1.repeats: Item "g": Repeating groups are not supported.',
      'item.2.item.0: Item "q1": A question holds only display items; put follow-up questions in a group.',
    ]);
    expect(refused([{ linkId: 'g', type: 'group', item: [] }])[0]).toMatch(/^item\.0\.item: Item "g": /);
  });
});
