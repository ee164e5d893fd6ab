// Every step of a referral, oldest first: when, who (and as what), from which status to which, and why.
import { Heading2 } from '@utrecht/component-library-react';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/context.tsx';
import type { ReferralView } from './api.ts';
import { partyWord, statusWord } from './words.ts';

type Step = ReferralView['timeline'][number];

export function TimelineSection({ timeline }: { timeline: Step[] }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  return (
    <section className="wp-section" aria-labelledby="referral-timeline-heading">
      <Heading2 id="referral-timeline-heading">{t('referrals.timelineHeading')}</Heading2>
      <DataTable<Step>
        caption={t('referrals.timelineCaption')}
        captionHidden
        rows={timeline}
        rowKey={(s, i) => `${s.at}-${i}`}
        columns={[
          { header: t('referrals.col.when'), rowHeader: true, cell: (s) => formatDateTime(s.at) },
          {
            header: t('referrals.col.who'),
            cell: (s) =>
              t('referrals.who', {
                name: s.actor ?? t('referrals.someone'),
                party: partyWord(s.party, i18n),
              }),
          },
          {
            header: t('referrals.col.step'),
            cell: (s) =>
              s.from
                ? t('referrals.step', { from: statusWord(s.from, i18n), to: statusWord(s.to, i18n) })
                : t('referrals.stepFirst'),
          },
          { header: t('referrals.col.reason'), cell: (s) => s.reason ?? '' },
        ]}
      />
    </section>
  );
}
