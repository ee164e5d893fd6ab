// The message back on completion (after the PRSB "message back to GP"): needs addressed, support given, the
// services the resident now goes to, the outcome and the wellbeing before and after, when measured.
import { Heading2 } from '@utrecht/component-library-react';
import { Fragment } from 'react';
import { AppLink } from '../../components/AppLink.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { Facts } from '../consent/Facts.tsx';
import { referralsApi, servicePath, type ReferralView } from './api.ts';

export function FeedbackView({
  feedback,
  needs,
}: {
  feedback: NonNullable<ReferralView['feedback']>;
  needs: ReferralView['needs'];
}) {
  const { t, formatNumber } = useI18n();
  // The names of needs the referral did not name itself come from the social map's terms.
  const unnamed = feedback.needsAddressed.some((c) => !needs.some((n) => n.code === c));
  const terms = useLoad(() => (unnamed ? referralsApi.needs() : Promise.resolve([])), String(unnamed));
  const nameOf = (code: string) =>
    needs.find((n) => n.code === code)?.name ??
    (terms.status === 'ready' ? terms.data.find((n) => n.code === code)?.name : undefined) ??
    code;
  const w = feedback.wellbeing;
  return (
    <section className="wp-section" aria-labelledby="referral-feedback-heading">
      <Heading2 id="referral-feedback-heading">{t('referrals.feedbackHeading')}</Heading2>
      <Facts
        rows={[
          [t('referrals.fbv.needsAddressed'), feedback.needsAddressed.map(nameOf).join(', ')],
          [t('referrals.fbv.supportGiven'), feedback.supportGiven],
          [
            t('referrals.fbv.services'),
            feedback.linkedServices.length
              ? feedback.linkedServices.map((s, i) => (
                  <Fragment key={s.id}>
                    {i > 0 && ', '}
                    <AppLink to={servicePath(s.id)}>{s.name}</AppLink>
                  </Fragment>
                ))
              : null,
          ],
          [t('referrals.fbv.outcome'), feedback.outcome],
          [
            w ? t('referrals.fbv.wellbeing', { instrument: w.instrument }) : '',
            w
              ? t('referrals.fbv.wellbeingValue', {
                  before: formatNumber(w.before),
                  after: formatNumber(w.after),
                })
              : null,
          ],
        ]}
      />
    </section>
  );
}
