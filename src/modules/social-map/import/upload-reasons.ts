// The import engine explains a refused record in English (the CLI's report). The web upload shows it to
// coordinators in their language: known explanations are said in plain Dutch; anything else is shown as is.
import type { Locale } from '../../../server/i18n.ts';

const DUTCH: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^must be a uuid$/, () => 'moet een uuid zijn'],
  [/^must be text$/, () => 'moet tekst zijn'],
  [/^must not be empty$/, () => 'mag niet leeg zijn'],
  [/^is required$/, () => 'ontbreekt; dit veld is verplicht'],
  [/^"(.*)" is not one of: (.*)$/s, (m) => `"${m[1]}" kan niet; kies uit: ${m[2]}`],
  [/^must be a number$/, () => 'moet een getal zijn'],
  [/^must be a whole number$/, () => 'moet een heel getal zijn'],
  [/^must be at least (.+)$/, (m) => `moet minstens ${m[1]} zijn`],
  [/^must be at most (.+)$/, (m) => `mag hoogstens ${m[1]} zijn`],
  [/^must be true or false$/, () => 'moet true of false zijn'],
  [/^must be a date \(YYYY-MM-DD\)$/, () => 'moet een datum zijn (JJJJ-MM-DD)'],
  [/^must be a date and time \(ISO 8601\)$/, () => 'moet een datum met tijd zijn (ISO 8601)'],
  [/^does not match (.+)$/s, (m) => `heeft niet de goede vorm (${m[1]})`],
  [/^appears more than once in the batch$/, () => 'staat meer dan één keer in de import'],
  [
    /^appears twice with different values \((.*)\)$/s,
    (m) => `staat twee keer in de bestanden, met verschillende waarden (${m[1]})`,
  ],
  [/^must not be below minimum_age$/, () => 'mag niet lager zijn dan minimum_age'],
  [
    /^refers to (\S+) (\S+), which is neither in the import nor on the map(; left empty)?$/,
    (m) =>
      `verwijst naar ${m[1]} ${m[2]}, maar dat staat niet in de import en niet op de kaart` +
      (m[3] ? '; leeg gelaten' : ''),
  ],
  [/^(.+) lies outside (.+); left empty$/, (m) => `${m[1]} ligt buiten ${m[2]}; leeg gelaten`],
  [
    /^is not an HSDS record \(it has neither id nor name\)$/,
    () => 'is geen HSDS-gegeven (er is geen id en geen naam)',
  ],
];

/** The engine's explanation in the caller's language (Dutch when known, else as the engine wrote it). */
export function reasonIn(locale: Locale, reason: string): string {
  if (locale !== 'nl') return reason;
  for (const [pattern, say] of DUTCH) {
    const m = pattern.exec(reason);
    if (m) return say(m);
  }
  return reason;
}
