// The resident's referrals in her own record (/mijn-dossier): to whom, where each stands, and a link to the
// referral with its steps and the message back. Shows nothing for someone who was never referred.
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { dateText } from '../record/words.ts';
import { REFERRALS_PATH, referralPath, referralsApi } from './api.ts';
import { statusWord } from './words.ts';

/** How many referrals the record shows; the rest are under Verwijzingen. */
const SHOWN = 5;

export function ReferralsInRecord() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const list = useLoad(() => referralsApi.list('mine').then((r) => r.items));
  if (list.status !== 'ready' || list.data.length === 0) return null;
  return (
    <section className="wp-section" aria-labelledby="record-referrals-heading">
      <Heading2 id="record-referrals-heading">{t('referrals.inRecordHeading')}</Heading2>
      <Paragraph>{t('referrals.inRecordIntro')}</Paragraph>
      <UnorderedList>
        {list.data.slice(0, SHOWN).map((r) => (
          <UnorderedListItem key={r.id}>
            <AppLink to={referralPath(r.id)}>
              {t('referrals.inRecordLine', {
                to: r.to,
                status: statusWord(r.status, i18n),
                date: dateText(locale, r.statusAt),
              })}
            </AppLink>
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <Paragraph>
        <AppLink to={REFERRALS_PATH}>{t('referrals.inRecordAll')}</AppLink>
      </Paragraph>
    </section>
  );
}
