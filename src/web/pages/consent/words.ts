// Consent in plain words: who it is for, what for, which parts, the period and the status.
import type { I18n } from '../../i18n/context.tsx';
import type { RecordCategory } from '../record/api.ts';
import { dateText } from '../record/words.ts';
import type { Consent, ConsentStatus, Grantee, Purpose } from './api.ts';

type Words = Pick<I18n, 't' | 'label' | 'locale'>;

/** "Sanne Dirks, Praktijkondersteuner (POH) bij Huisartsenpraktijk Bleijerheide", or an organisation. */
export function granteeText(g: Grantee, { t, label }: Words): string {
  if (g.kind === 'person') {
    if (!g.organisation || !g.role) return g.name;
    return t('consent.granteePerson', {
      name: g.name,
      discipline: label('discipline', g.role),
      organisation: g.organisation,
    });
  }
  return g.role
    ? t('consent.granteeOrganisationRole', { organisation: g.name, discipline: label('discipline', g.role) })
    : t('consent.granteeOrganisation', { organisation: g.name });
}

/** "Verwijzing: Welzijn Kerkrade" when the reference has a name, else the reference itself in brackets. */
export const purposeText = (
  purpose: Purpose,
  ref: string | null,
  { t }: Pick<I18n, 't'>,
  refName?: string | null,
): string =>
  refName
    ? `${t(`consent.purpose.${purpose}`)}: ${refName}`
    : ref
      ? `${t(`consent.purpose.${purpose}`)} (${ref})`
      : t(`consent.purpose.${purpose}`);

export const partsText = (parts: readonly RecordCategory[], { t }: Pick<I18n, 't'>): string =>
  parts.map((c) => t(`record.cat.${c}`)).join(', ');

export const statusWord = (status: ConsentStatus, { t }: Pick<I18n, 't'>): string =>
  t(`consent.status.${status}`);

export const periodText = (c: Pick<Consent, 'validFrom' | 'validUntil'>, { t, locale }: Words): string =>
  t('consent.periodText', { from: dateText(locale, c.validFrom), until: dateText(locale, c.validUntil) });
