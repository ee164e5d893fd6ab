// Readable names of the duplicate pages' codes: pair states, kinds, fields, decisions, scores.
import { isMessageKey, type I18n, type MessageKey } from '../../i18n/context.tsx';
import type { Decision, PairKind, PairStatus } from './api.ts';

export const statusLabel = (status: PairStatus, t: I18n['t']) =>
  t(`mapDedupe.status.${status}` satisfies MessageKey);

export const kindLabel = (kind: PairKind, t: I18n['t']) => t(`mapDedupe.kind.${kind}` satisfies MessageKey);

export const actionLabel = (action: Decision['action'], t: I18n['t']) =>
  t(`mapDedupe.action.${action}` satisfies MessageKey);

/** A field of a source record or an entry ("email", "fees_description"); an unknown one as it is. */
export function fieldLabel(field: string, t: I18n['t']): string {
  const key = `mapDedupe.field.${field}`;
  return isMessageKey(key) ? t(key) : field;
}

/** A score from 0 to 1 as a whole percentage ("87%"). */
export function formatPercent(score: number, locale: I18n['locale']): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(score);
}
