import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../../modules/health-check/questionnaires/definition.ts';
import { evaluate } from '../../../modules/health-check/questionnaires/engine.ts';
import { answersFor, optionKey, optionsOf, parseNumber, questionsIn, toResponse } from './answers.ts';

const ext = (name: 'minValue' | 'maxValue', value: Record<string, unknown>) => ({
  url: `http://hl7.org/fhir/StructureDefinition/${name}`,
  ...value,
});

const parsed = parseQuestionnaire({
  resourceType: 'Questionnaire',
  url: 'https://wijkpunt.example/q/test',
  version: '1',
  status: 'active',
  item: [
    { linkId: 'smokes', type: 'boolean', text: 'Rookt u?', required: true },
    {
      linkId: 'perDay',
      type: 'integer',
      text: 'Hoeveel per dag?',
      required: true,
      enableWhen: [{ question: 'smokes', operator: '=', answerBoolean: true }],
      extension: [ext('maxValue', { valueInteger: 100 })],
    },
    {
      linkId: 'body',
      type: 'group',
      item: [
        {
          linkId: 'weight',
          type: 'decimal',
          text: 'Gewicht',
          extension: [ext('minValue', { valueDecimal: 20 })],
        },
        { linkId: 'born', type: 'date', text: 'Geboren' },
      ],
    },
    {
      linkId: 'mood',
      type: 'choice',
      text: 'Hoe gaat het?',
      answerOption: [
        { valueCoding: { system: 'urn:x', code: 'good', display: 'Goed' } },
        { valueCoding: { system: 'urn:x', code: 'bad', display: 'Slecht' } },
      ],
    },
  ],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const definition = parsed.definition;
const item = (id: string) => definition.byLinkId.get(id)!;

describe('numbers as residents type them', () => {
  it('takes a decimal comma or point, spaces around, and a sign', () => {
    expect(parseNumber('72,5')).toBe(72.5);
    expect(parseNumber(' 72.5 ')).toBe(72.5);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('12')).toBe(12);
  });
  it('refuses what is not one number', () => {
    for (const s of ['', 'abc', '72,5 kg', '1.000,5', '3,', ',5']) expect(parseNumber(s), s).toBeNull();
  });
});

describe('answers to FHIR', () => {
  it('gives each type its value[x], and what cannot be read as text for the engine to name', () => {
    expect(answersFor(item('weight'), '72,5')).toEqual([{ valueDecimal: 72.5 }]);
    expect(answersFor(item('perDay'), '12')).toEqual([{ valueInteger: 12 }]);
    expect(answersFor(item('perDay'), '2,5')).toEqual([{ valueDecimal: 2.5 }]);
    expect(answersFor(item('perDay'), 'veel')).toEqual([{ valueString: 'veel' }]);
    expect(answersFor(item('smokes'), 'true')).toEqual([{ valueBoolean: true }]);
    expect(answersFor(item('born'), '1950-03-01')).toEqual([{ valueDate: '1950-03-01' }]);
    const good = optionsOf(item('mood'))[0]!;
    expect(answersFor(item('mood'), optionKey(good))).toEqual([
      { valueCoding: { system: 'urn:x', code: 'good', display: 'Goed' } },
    ]);
    expect(answersFor(item('weight'), '  ')).toEqual([]);
  });

  it('nests the response like the questionnaire and leaves out what is not enabled when asked', () => {
    const draft = { smokes: 'false', perDay: '12', weight: '72,5', born: '' };
    expect(toResponse(definition, draft, { questionnaire: 'https://wijkpunt.example/q/test|1' })).toEqual({
      resourceType: 'QuestionnaireResponse',
      status: 'in-progress',
      questionnaire: 'https://wijkpunt.example/q/test|1',
      item: [
        { linkId: 'smokes', answer: [{ valueBoolean: false }] },
        { linkId: 'perDay', answer: [{ valueInteger: 12 }] },
        { linkId: 'body', item: [{ linkId: 'weight', answer: [{ valueDecimal: 72.5 }] }] },
      ],
    });
    const e = evaluate(definition, toResponse(definition, draft));
    expect(e.enabled).not.toContain('perDay');
    const sent = toResponse(definition, draft, { only: new Set(e.enabled) });
    expect(sent.item?.map((i) => i.linkId)).toEqual(['smokes', 'body']);
  });

  it('lets the engine name a wrong answer at its question, and keeps a hidden answer for later', () => {
    const draft = { smokes: 'true', perDay: 'veel', weight: '10' };
    const e = evaluate(definition, toResponse(definition, draft));
    expect(e.errors.map((x) => [x.linkId, x.code])).toEqual([
      ['perDay', 'invalid'],
      ['weight', 'min'],
    ]);
    expect(e.screens.map((s) => s.linkId)).toEqual(['smokes', 'perDay', 'body', 'mood']);
    expect(questionsIn(definition, e.screens[2]!.items).map((q) => q.linkId)).toEqual(['weight', 'born']);
    const off = evaluate(definition, toResponse(definition, { ...draft, smokes: 'false' }));
    expect(off.screens.map((s) => s.linkId)).toEqual(['smokes', 'body', 'mood']);
  });
});
