// Plain-language validation messages (B1 Dutch, plain English) for the issues zod reports. Written by us
// rather than zod's own locales, whose wording ("verwacht string, ontving undefined") means nothing to a
// resident. A schema can still give its own text with bilingual(); that wins.
import type { Locale } from './i18n.ts';

export interface Issue {
  code: string;
  message?: string;
  params: Record<string, unknown>;
}

type Text = Record<Locale, string>;
const t = (nl: string, en: string): Text => ({ nl, en });

const REQUIRED = t('Vul dit veld in.', 'Please fill in this field.');
const NOT_VALID = t('Deze waarde klopt niet.', 'This value is not valid.');

const FORMATS: Record<string, Text> = {
  email: t(
    'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
    'Enter a valid email address, for example name@example.com.',
  ),
  uuid: t('Kies een bestaande waarde uit de lijst.', 'Choose an existing value from the list.'),
  url: t(
    'Vul een geldig webadres in, bijvoorbeeld https://voorbeeld.nl.',
    'Enter a valid web address, for example https://example.com.',
  ),
  date: t('Vul een geldige datum in (jjjj-mm-dd).', 'Enter a valid date (yyyy-mm-dd).'),
  datetime: t('Vul een geldige datum en tijd in.', 'Enter a valid date and time.'),
};

const TYPES: Record<string, Text> = {
  number: t('Vul een getal in.', 'Enter a number.'),
  int: t('Vul een heel getal in.', 'Enter a whole number.'),
  string: t('Vul tekst in.', 'Enter text.'),
  boolean: t('Kies ja of nee.', 'Choose yes or no.'),
  array: t('Kies een of meer mogelijkheden.', 'Choose one or more options.'),
  object: t('De gegevens ontbreken of zijn onvolledig.', 'The data is missing or incomplete.'),
};

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

export function validationMessage(issue: Issue, locale: Locale): string {
  const p = issue.params;
  switch (issue.code) {
    case 'invalid_type': {
      // zod only says "received undefined/null" in its own message; a missing value is the common case.
      if (/received (undefined|null)$/.test(issue.message ?? '')) return REQUIRED[locale];
      return (TYPES[String(p.expected)] ?? NOT_VALID)[locale];
    }
    case 'too_small': {
      const min = Number(p.minimum);
      if (p.origin === 'string') {
        if (min <= 1) return REQUIRED[locale];
        return fill(t('Gebruik minstens {n} tekens.', 'Use at least {n} characters.')[locale], { n: min });
      }
      if (p.origin === 'array')
        return fill(t('Kies er minstens {n}.', 'Choose at least {n}.')[locale], { n: min });
      return fill(t('Het getal moet {n} of meer zijn.', 'The number must be {n} or more.')[locale], {
        n: min,
      });
    }
    case 'too_big': {
      const max = Number(p.maximum);
      if (p.origin === 'string')
        return fill(t('Gebruik hoogstens {n} tekens.', 'Use at most {n} characters.')[locale], { n: max });
      if (p.origin === 'array')
        return fill(t('Kies er hoogstens {n}.', 'Choose at most {n}.')[locale], { n: max });
      return fill(t('Het getal moet {n} of minder zijn.', 'The number must be {n} or less.')[locale], {
        n: max,
      });
    }
    case 'invalid_value':
      return t('Kies een van de mogelijkheden uit de lijst.', 'Choose one of the options in the list.')[
        locale
      ];
    case 'invalid_format':
      return (FORMATS[String(p.format)] ?? NOT_VALID)[locale];
    case 'unrecognized_keys':
      return fill(t('Onbekend veld: {keys}.', 'Unknown field: {keys}.')[locale], {
        keys: ([] as unknown[]).concat(p.keys ?? []).join(', '),
      });
    default:
      return NOT_VALID[locale];
  }
}
