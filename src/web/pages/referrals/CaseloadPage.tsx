// Werklijst verwijzingen (/verwijzingen/werklijst): the link worker's caseload — new referrals for their team
// or organisation, and their own open, waiting and recently closed ones — with the last contact moment and
// the overdue ones marked. Each row opens the referral, where contacts are noted and services linked.
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { dateText } from '../record/words.ts';
import { REFERRALS_PATH, referralPath, referralsApi, type Caseload, type CaseloadItem } from './api.ts';
import { statusWord, urgencyWord } from './words.ts';

const GROUPS = ['new', 'active', 'waiting', 'closing'] as const;
type Group = (typeof GROUPS)[number];

export function CaseloadPage() {
  const { t } = useI18n();
  const caseload = useLoad(() => referralsApi.caseload());
  return (
    <>
      <PageTitle>{t('referrals.cl.title')}</PageTitle>
      <Paragraph>
        <AppLink to={REFERRALS_PATH}>{t('referrals.back')}</AppLink>
      </Paragraph>
      <div className="wp-narrow">
        <Paragraph>{t('referrals.cl.intro')}</Paragraph>
      </div>
      <LoadState load={caseload}>{(c) => <Groups caseload={c} />}</LoadState>
    </>
  );
}

function Groups({ caseload }: { caseload: Caseload }) {
  const { t } = useI18n();
  const overdue = GROUPS.flatMap((g) => caseload[g]).filter((r) => r.overdue).length;
  return (
    <>
      {overdue > 0 && (
        <Alert type="warning">
          <Paragraph>{t('referrals.cl.overdueCount', { count: overdue })}</Paragraph>
        </Alert>
      )}
      {GROUPS.map((g) => (
        <GroupSection key={g} group={g} items={caseload[g]} />
      ))}
    </>
  );
}

function GroupSection({ group, items }: { group: Group; items: CaseloadItem[] }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const name = t(`referrals.cl.${group}`);
  const headingId = `caseload-${group}-heading`;
  return (
    <section className="wp-section" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{t('referrals.cl.heading', { group: name, count: items.length })}</Heading2>
      <Paragraph>{t(`referrals.cl.${group}Intro`)}</Paragraph>
      {items.length ? (
        <DataTable<CaseloadItem>
          caption={t('referrals.cl.caption', { group: name })}
          captionHidden
          rows={items}
          rowKey={(r) => r.id}
          columns={[
            {
              header: t('referrals.col.resident'),
              rowHeader: true,
              cell: (r) => <AppLink to={referralPath(r.id)}>{r.resident}</AppLink>,
            },
            { header: t('referrals.col.to'), cell: (r) => r.to },
            {
              header: t('referrals.col.status'),
              cell: (r) =>
                r.overdue ? (
                  <strong>{t('referrals.overdueShort', { status: statusWord(r.status, i18n) })}</strong>
                ) : (
                  statusWord(r.status, i18n)
                ),
            },
            {
              header: t('referrals.col.urgency'),
              cell: (r) =>
                r.urgency === 'urgent' ? (
                  <strong>{urgencyWord(r.urgency, i18n)}</strong>
                ) : (
                  urgencyWord(r.urgency, i18n)
                ),
            },
            { header: t('referrals.col.created'), cell: (r) => dateText(locale, r.createdAt) },
            {
              header: t('referrals.cl.lastContact'),
              cell: (r) =>
                r.lastContactAt ? dateText(locale, r.lastContactAt) : t('referrals.cl.noContact'),
            },
          ]}
        />
      ) : (
        <Paragraph>{t('referrals.cl.none')}</Paragraph>
      )}
    </section>
  );
}
