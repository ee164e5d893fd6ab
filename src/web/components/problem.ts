import type { ApiError } from '../api.ts';
import type { I18n } from '../i18n/context.tsx';

/** The plain-language text to show for a failed request. */
export function problemMessage(error: ApiError, t: I18n['t']): string {
  if (error.status === 0) return error.code === 'network_error' ? t('error.network') : t('error.generic');
  if (error.detail) return error.detail;
  if (error.status === 404) return t('error.notFound');
  if (error.status === 403) return t('error.forbidden');
  if (error.title) return error.title;
  return t('error.generic');
}
