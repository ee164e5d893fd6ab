// The parts of the record that went with a referral (a consent in the resident's ledger for this referral).
// The receiver reads them here while the referral is open; the resident finds the consent under
// Toestemmingen.
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { NAV_PATHS } from '../../navigation.ts';
import { referralRecordPath, type ReferralView } from './api.ts';

export function ConsentSection({ view, mine }: { view: ReferralView; mine: boolean }) {
  const { t } = useI18n();
  const parts = view.consent?.categories ?? [];
  const active = Boolean(view.consent?.active);
  const readable = active && view.parties.includes('receiver');
  const organisation = view.to.organisation;
  return (
    <section className="wp-section" aria-labelledby="referral-consent-heading">
      <Heading2 id="referral-consent-heading">{t('referrals.consentHeading')}</Heading2>
      {parts.length === 0 ? (
        <Paragraph>{t('referrals.consentNone')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {active
              ? t('referrals.consentActive', { organisation })
              : t('referrals.consentEnded', { organisation })}
          </Paragraph>
          <UnorderedList>
            {parts.map((c) => (
              <UnorderedListItem key={c}>
                {readable ? (
                  <AppLink to={referralRecordPath(view.id, c)}>{t(`record.cat.${c}`)}</AppLink>
                ) : (
                  t(`record.cat.${c}`)
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          {readable && <Paragraph>{t('referrals.consentRead')}</Paragraph>}
          {mine && active && (
            <Paragraph>
              {t('referrals.consentMine')}{' '}
              <AppLink to={NAV_PATHS.consents}>{t('referrals.consentLink')}</AppLink>
            </Paragraph>
          )}
        </>
      )}
    </section>
  );
}
