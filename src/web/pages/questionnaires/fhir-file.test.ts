import { describe, expect, it } from 'vitest';
import {
  distinctAnswers,
  fhirFileName,
  linkIdAt,
  linkableQuestions,
  readJsonObject,
  readablePath,
  scorerLink,
} from './fhir-file.ts';

const Q = {
  resourceType: 'Questionnaire',
  contained: [
    {
      resourceType: 'ValueSet',
      id: 'freq',
      compose: {
        include: [
          {
            concept: [
              { code: 'no', display: 'Not at all' },
              { code: 'some', display: 'Several days' },
            ],
          },
        ],
      },
    },
  ],
  item: [
    { linkId: 'intro', type: 'display', text: 'Hello' },
    {
      linkId: 'g',
      type: 'group',
      item: [
        { linkId: 'q1', type: 'choice', text: 'One', answerValueSet: '#freq' },
        {
          linkId: 'q2',
          type: 'choice',
          text: 'Two',
          answerOption: [{ valueCoding: { code: 'no' } }, { valueString: 'x' }],
        },
        { linkId: 'q3', type: 'string', text: 'Three' },
        { linkId: 'q4', type: 'boolean', text: 'Four' },
        { linkId: 'q5', type: 'choice', text: 'Five', repeats: true, answerValueSet: '#freq' },
      ],
    },
  ],
};

describe('the import form reads a Questionnaire', () => {
  it('reads JSON objects only', () => {
    expect(readJsonObject('\uFEFF{"a":1}')).toEqual({ a: 1 });
    expect(readJsonObject('[1]')).toBeNull();
    expect(readJsonObject('not json')).toBeNull();
  });

  it('lists single-answer choice, number and yes/no questions with their answer codes', () => {
    const qs = linkableQuestions(Q);
    expect(qs.map((q) => q.linkId)).toEqual(['q1', 'q2', 'q4']);
    expect(qs[0]!.answers).toEqual([
      { key: 'no', display: 'Not at all' },
      { key: 'some', display: 'Several days' },
    ]);
    expect(distinctAnswers(qs).map((a) => a.key)).toEqual(['no', 'some', 'x', 'true', 'false']);
  });

  it('builds the scorer link, numbers as numbers, days of a week apart', () => {
    expect(
      scorerLink(
        'alcohol',
        { q1: 'sex', q2: 'glassesPerDay@3', q4: '' },
        { no: '0', some: '2,5', x: 'male', true: ' ' },
        undefined,
      ),
    ).toEqual({
      instrument: 'alcohol',
      items: { q1: { item: 'sex' }, q2: { item: 'glassesPerDay', day: 3 } },
      values: { no: 0, some: 2.5, x: 'male' },
    });
    expect(scorerLink('gfi', {}, {}, true)).toEqual({ instrument: 'gfi', items: {}, licenceConfirmed: true });
  });

  it('names the item an error path points at, in words', () => {
    expect(linkIdAt(Q, 'item.1.item.2.type')).toBe('q3');
    expect(linkIdAt(Q, 'status')).toBeNull();
    expect(readablePath('item.1.item.0.answerOption')).toBe('item 2 › item 1 › answerOption');
  });

  it('names a download after the title and version', () => {
    expect(fhirFileName('Generalized Anxiety Disorder - 7', null, 'x')).toBe(
      'generalized-anxiety-disorder-7.fhir.json',
    );
    expect(fhirFileName('Één vraag', '2.1', 'x')).toBe('een-vraag-2.1.fhir.json');
    expect(fhirFileName(null, null, 'vragenlijst')).toBe('vragenlijst.fhir.json');
  });
});
