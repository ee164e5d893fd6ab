// Small helpers to say record data in words: codes with their code system, statuses, dates.
import { isMessageKey, type I18n } from '../../i18n/context.tsx';
import type { Concept } from './api.ts';

export const codesText = (c: Concept) =>
  c.codes.map((x) => `${x.systemName ?? x.system ?? ''} ${x.code}`.trim()).join(', ');

export function statusText(t: I18n['t'], status: string | null): string {
  if (!status) return '';
  const key = `record.status.${status}`;
  return isMessageKey(key) ? t(key) : status;
}

/** A FHIR date ("2013", "2013-02", "2013-02-08", or with a time) as a date in the reader's language. */
export function dateText(locale: I18n['locale'], value: string | null): string {
  if (!value) return '';
  if (/^\d{4}(-\d{2})?$/.test(value)) return value;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium' }).format(d);
}
