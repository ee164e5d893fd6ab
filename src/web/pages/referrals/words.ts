// Referrals in plain words: statuses, urgency, contact, languages, where a referral goes, who took a step.
import type { I18n } from '../../i18n/context.tsx';
import type { ContactKind, Party, ReferralStatus, ReferralView } from './api.ts';

type T = Pick<I18n, 't'>;

export const statusWord = (status: ReferralStatus, { t }: T) => t(`referrals.status.${status}`);

export const urgencyWord = (urgency: 'routine' | 'urgent', { t }: T) => t(`referrals.urgency.${urgency}`);

export const partyWord = (party: Party, { t }: T) => t(`referrals.party.${party}`);

/** Languages the form offers (ISO 639-1); Limburgish, since Wijkpunt starts in Kerkrade. */
export const LANGUAGES = ['nl', 'li', 'de', 'en', 'fr', 'ar', 'tr', 'pl', 'uk', 'ti', 'so', 'es'] as const;

/** A language code in the reader's language ("ar" → "Arabisch"), or the code itself. */
export function languageName(code: string, locale: I18n['locale']): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Wandelgroep Bleijerheide (Welzijn Kerkrade)", "Welzijn Kerkrade". */
export function destinationText(to: ReferralView['to'], { t }: T): string {
  if (to.service)
    return t('referrals.to.withOrganisation', { name: to.service.name, organisation: to.organisation });
  if (to.team)
    return t('referrals.to.withOrganisation', { name: to.team.name, organisation: to.organisation });
  return to.organisation;
}

/** A status a referral can be taken to (every one but the first). */
export type Step = Exclude<ReferralStatus, 'requested'>;
export const isStep = (s: ReferralStatus): s is Step => s !== 'requested';

/** The words of the button that takes a referral to `to` (going on after a pause reads differently). */
export function actionWord(to: Step, from: ReferralStatus, { t }: T): string {
  if (to === 'in-progress' && from === 'on-hold') return t('referrals.action.resume');
  return t(`referrals.action.${to}`);
}

/** What the caller did, said back after the step ("U heeft deze verwijzing geweigerd."). */
export function doneWord(to: Step, from: ReferralStatus, { t }: T): string {
  if (to === 'in-progress' && from === 'on-hold') return t('referrals.done.resume');
  return t(`referrals.done.${to}`);
}

/** How a contact moment took place, in a word ("Telefoon", "Huisbezoek"). */
export const contactKindWord = (kind: ContactKind, { t }: T) => t(`referrals.work.kind.${kind}`);

/** A month as the reader says it: "januari 2025" / "January 2025" (from "2025-01"). */
export function monthName(month: string, locale: I18n['locale']): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}
