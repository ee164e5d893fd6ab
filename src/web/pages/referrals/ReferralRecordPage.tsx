// One part of the record that went with a referral (/verwijzingen/:id/dossier?deel=…), read by the receiver
// for this referral: the record's own sections, with the referral as purpose of use. The server opens only
// the parts of the referral's consent, and only while the referral is open; otherwise it answers 404 and the
// page says so in plain words.
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { sharedRecordSource } from '../consent/api.ts';
import { CATEGORIES, type RecordCategory } from '../record/api.ts';
import { CategorySection } from '../record/CategorySection.tsx';
import { RecordSourceContext, type RecordSource } from '../record/source.ts';
import { referralPath, referralRecordPath, referralsApi, type ReferralView } from './api.ts';

export function ReferralRecordPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const part = CATEGORIES.find((c): c is RecordCategory => c === params.get('deel'));
  const view = useLoad(() => referralsApi.get(id), id);
  if (!part) return <NotFoundPage />;
  return <LoadState load={view}>{(r) => <Part view={r} part={part} />}</LoadState>;
}

function Part({ view, part }: { view: ReferralView; part: RecordCategory }) {
  const { t } = useI18n();
  const noAccess = t('referrals.noAccess');
  const source = useMemo<RecordSource>(
    () => ({
      ...sharedRecordSource(view.resident.id, { purpose: 'referral', purposeRef: view.id }, noAccess),
      partPath: (c) => referralRecordPath(view.id, c),
      overviewPath: referralPath(view.id),
    }),
    [view.resident.id, view.id, noAccess],
  );
  return (
    <>
      <PageTitle>
        {t('referrals.recordTitle', { part: t(`record.cat.${part}`), resident: view.resident.name })}
      </PageTitle>
      <RecordSourceContext value={source}>
        <CategorySection category={part} />
      </RecordSourceContext>
    </>
  );
}
