// Where the record's sections get their data and words: the resident's own record (/mijn-dossier, the
// default), or a resident's record a professional reads on a consent (/gedeelde-dossiers/:id, for one
// purpose). The sections take the source from context, so both show the record the same way.
import { createContext, useContext, useMemo } from 'react';
import { useI18n, type I18n, type MessageKey } from '../../i18n/context.tsx';
import { recordApi, type CategoryView, type RecordCategory, type Summary } from './api.ts';

export interface RecordSource {
  /** 'own': the resident reads their own record ("uw"); 'shared': someone else reads it. */
  whose: 'own' | 'shared';
  /** Changes when another record (or purpose) is shown, so the sections load again. */
  key: string;
  summary: () => Promise<Summary>;
  category: (category: RecordCategory) => Promise<CategoryView>;
  /** The page of one part, and of the overview. */
  partPath: (category: RecordCategory) => string;
  overviewPath: string;
  /** The page of one entry (own record only: what the resident may do with it, or ask to correct it). */
  entryPath?: (id: string) => string;
}

/** The page of one entry of the own record. */
export const ownEntryPath = (id: string) => `/mijn-dossier?gegeven=${encodeURIComponent(id)}`;

export const OWN_RECORD: RecordSource = {
  whose: 'own',
  key: 'own',
  summary: () => recordApi.summary(),
  category: (category) => recordApi.category(category),
  partPath: (category) => `/mijn-dossier?deel=${category}`,
  overviewPath: '/mijn-dossier',
  entryPath: ownEntryPath,
};

/** Pages of the own record next to its parts (?deel=…): the timeline, and the whole record on one page. */
export const TIMELINE_PART = 'timeline';
export const ALL_PART = 'all';

export const RecordSourceContext = createContext<RecordSource>(OWN_RECORD);

export const useRecordSource = (): RecordSource => useContext(RecordSourceContext);

/**
 * Texts that speak to the resident ("Medicijnen die u nu gebruikt") and their words for a reader of
 * someone else's record. Keys not listed read the same for both.
 */
const SHARED_WORDS: Partial<Record<MessageKey, MessageKey>> = {
  'record.empty': 'shared.empty',
  'record.currentMedication': 'shared.currentMedication',
  'record.countsCaption': 'shared.countsCaption',
  'record.currentHeading': 'shared.currentHeading',
};

/** useI18n, with the words for whoever reads this record. */
export function useRecordI18n(): I18n {
  const i18n = useI18n();
  const { whose } = useRecordSource();
  return useMemo(() => {
    if (whose === 'own') return i18n;
    return { ...i18n, t: (key, vars) => i18n.t(SHARED_WORDS[key] ?? key, vars) };
  }, [i18n, whose]);
}
