import { describe, expect, it } from 'vitest';
import { HEALTH_CHECK_V1 } from '../check/questionnaire-v1.ts';
import { allItems, parseQuestionnaire } from './definition.ts';
import { localizeQuestionnaire } from './translate.ts';

const english = (content: string, lang = 'en') => ({
  extension: [
    {
      url: 'http://hl7.org/fhir/StructureDefinition/translation',
      extension: [
        { url: 'lang', valueCode: lang },
        { url: 'content', valueString: content },
      ],
    },
  ],
});

const q = {
  resourceType: 'Questionnaire',
  status: 'active',
  title: 'Hoe gaat het?',
  _title: english('How are you?'),
  item: [
    {
      linkId: 'mood',
      type: 'choice',
      text: 'Hoe voelt u zich?',
      _text: english('How do you feel?', 'en-GB'),
      answerOption: [
        { valueCoding: { system: 'urn:x', code: 'good', display: 'Goed', _display: english('Good') } },
        { valueCoding: { system: 'urn:x', code: 'bad', display: 'Slecht' } },
      ],
    },
    { linkId: 'note', type: 'string', text: 'Toelichting', _text: english('Explanation', 'de') },
  ],
};

describe('localizeQuestionnaire', () => {
  it('takes the translation for the language (also a regional variant) and keeps the rest', () => {
    const en = localizeQuestionnaire(q, 'en');
    expect(en.title).toBe('How are you?');
    expect(en.item[0]!.text).toBe('How do you feel?');
    expect(en.item[0]!.answerOption![0]!.valueCoding.display).toBe('Good');
    expect(en.item[0]!.answerOption![1]!.valueCoding).toEqual({
      system: 'urn:x',
      code: 'bad',
      display: 'Slecht',
    });
    expect(en.item[1]!.text).toBe('Toelichting'); // only a German translation
    expect(en.item[0]!.linkId).toBe('mood');
    expect(q.item[0]!.text).toBe('Hoe voelt u zich?'); // the original is not changed
  });

  it('leaves Dutch as it is', () => {
    expect(localizeQuestionnaire(q, 'nl')).toEqual(q);
  });

  it('gives the whole health check in English, with the same structure for the engine', () => {
    const nl = parseQuestionnaire(HEALTH_CHECK_V1);
    const en = parseQuestionnaire(localizeQuestionnaire(HEALTH_CHECK_V1, 'en'));
    expect(nl.ok && en.ok).toBe(true);
    if (!nl.ok || !en.ok) return;
    // The English each item carries, read straight from the resource.
    const english = new Map<string, string>();
    const read = (items: unknown[] | undefined) => {
      for (const raw of items ?? []) {
        const item = raw as {
          linkId: string;
          _text?: { extension: { extension: { valueString?: string }[] }[] };
          item?: unknown[];
        };
        const content = item._text?.extension[0]?.extension.find((e) => e.valueString)?.valueString;
        if (content) english.set(item.linkId, content);
        read(item.item);
      }
    };
    read(HEALTH_CHECK_V1.item);
    const texts = (d: typeof en.definition) =>
      allItems(d)
        .filter((i) => i.text)
        .map((i) => [i.linkId, i.text ?? ''] as const);
    const shown = texts(en.definition);
    expect(shown.map(([id]) => id)).toEqual(texts(nl.definition).map(([id]) => id));
    expect(shown.length).toBeGreaterThan(40);
    for (const [linkId, text] of shown) expect(text, linkId).toBe(english.get(linkId));
  });
});
