// Verwijzingen (/verwijzingen): for professionals the referrals they received (their organisation or team)
// and sent, with a link to their worklist; for residents the referrals about them. Each row opens the
// referral with its steps.
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { dateText } from '../record/words.ts';
import {
  CASELOAD_PATH,
  newReferralPath,
  referralPath,
  referralsApi,
  type Box,
  type ReferralListItem,
} from './api.ts';
import { statusWord, urgencyWord } from './words.ts';

export function ReferralsPage() {
  const { t } = useI18n();
  const me = useMe();
  const professional = me.roles.includes('professional');
  const resident = me.roles.includes('resident');
  return (
    <>
      <PageTitle>{t('referrals.title')}</PageTitle>
      <div className="wp-narrow">
        {professional && <Paragraph>{t('referrals.introProfessional')}</Paragraph>}
        {resident && <Paragraph>{t('referrals.introResident')}</Paragraph>}
      </div>
      {professional && (
        <>
          <UnorderedList className="wp-link-list">
            <UnorderedListItem>
              <AppLink to={CASELOAD_PATH}>{t('referrals.caseloadLink')}</AppLink>
            </UnorderedListItem>
            <UnorderedListItem>
              <AppLink to={newReferralPath()}>{t('referrals.newLink')}</AppLink>
            </UnorderedListItem>
          </UnorderedList>
          <BoxSection box="received" />
          <BoxSection box="sent" />
        </>
      )}
      {resident && <BoxSection box="mine" />}
    </>
  );
}

const HEADINGS = { received: 'referrals.received', sent: 'referrals.sent', mine: 'referrals.mine' } as const;
const INTROS = { received: 'referrals.receivedIntro', sent: 'referrals.sentIntro', mine: null } as const;
const NONE = {
  received: 'referrals.noneReceived',
  sent: 'referrals.noneSent',
  mine: 'referrals.noneMine',
} as const;

function BoxSection({ box }: { box: Box }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const list = useLoad(() => referralsApi.list(box).then((r) => r.items), box);
  const headingId = `referrals-${box}-heading`;
  const intro = INTROS[box];

  const columns: Column<ReferralListItem>[] =
    box === 'mine'
      ? [
          {
            header: t('referrals.col.to'),
            rowHeader: true,
            cell: (r) => <AppLink to={referralPath(r.id)}>{r.to}</AppLink>,
          },
          { header: t('referrals.col.from'), cell: (r) => r.referrer },
        ]
      : [
          {
            header: t('referrals.col.resident'),
            rowHeader: true,
            cell: (r) => <AppLink to={referralPath(r.id)}>{r.resident}</AppLink>,
          },
          box === 'sent'
            ? { header: t('referrals.col.to'), cell: (r) => r.to }
            : { header: t('referrals.col.from'), cell: (r) => r.referrer },
        ];
  columns.push(
    {
      header: t('referrals.col.status'),
      cell: (r) =>
        r.overdue
          ? t('referrals.overdueShort', { status: statusWord(r.status, i18n) })
          : statusWord(r.status, i18n),
    },
    { header: t('referrals.col.urgency'), cell: (r) => urgencyWord(r.urgency, i18n) },
    { header: t('referrals.col.created'), cell: (r) => dateText(locale, r.createdAt) },
    { header: t('referrals.col.statusAt'), cell: (r) => dateText(locale, r.statusAt) },
  );

  return (
    <section className="wp-section" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{t(HEADINGS[box])}</Heading2>
      {intro && <Paragraph>{t(intro)}</Paragraph>}
      <LoadState load={list}>
        {(items) =>
          items.length ? (
            <DataTable<ReferralListItem>
              caption={t(`referrals.caption.${box}`)}
              captionHidden
              rows={items}
              rowKey={(r) => r.id}
              columns={columns}
            />
          ) : (
            <Paragraph>{t(NONE[box])}</Paragraph>
          )
        }
      </LoadState>
    </section>
  );
}
