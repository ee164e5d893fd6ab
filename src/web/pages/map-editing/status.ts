// Readable state of an entry for the lists: published, a new draft, in review, sent back.
import type { I18n } from '../../i18n/context.tsx';
import type { Entry } from './api.ts';

export function entryState(entry: Pick<Entry, 'published' | 'openChange'>, t: I18n['t']): string {
  const change = entry.openChange;
  if (!change) return entry.published ? t('mapEdit.state.published') : t('mapEdit.state.draft');
  switch (change.state) {
    case 'draft':
      return entry.published ? t('mapEdit.state.changeDraft') : t('mapEdit.state.draft');
    case 'review':
      return t('mapEdit.state.review');
    case 'sent_back':
      return t('mapEdit.state.sentBack');
    case 'published':
      return t('mapEdit.state.published');
  }
}

/** A date (YYYY-MM-DD or ISO) as "12 mrt 2026". */
export function formatDay(value: string | null, locale: 'nl' | 'en'): string {
  if (!value) return '';
  const d = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium' }).format(d);
}
