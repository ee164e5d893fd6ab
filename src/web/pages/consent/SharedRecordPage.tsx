// One resident's record as the professional may see it (/gedeelde-dossiers/:residentId?doel=…[&ref=…]
// [&deel=…]): the same overview and parts as the resident's own record, for one purpose, only the parts
// covered. Without a basis (any more) the server answers 404 and the page says so in plain words.
import { Alert, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { CATEGORIES, type RecordCategory } from '../record/api.ts';
import { CategorySection } from '../record/CategorySection.tsx';
import { RecordSourceContext } from '../record/source.ts';
import { SummarySection } from '../record/SummarySection.tsx';
import { newReferralPath } from '../referrals/api.ts';
import {
  consentApi,
  isPurpose,
  SHARED_PATH,
  sharedRecordPath,
  sharedRecordSource,
  type PurposeOfUse,
} from './api.ts';
import { purposeText } from './words.ts';

export function SharedRecordPage() {
  const { t, formatDateTime } = useI18n();
  const { residentId = '' } = useParams();
  const [params] = useSearchParams();
  const doel = params.get('doel');
  const purpose = isPurpose(doel) ? doel : 'treatment';
  const purposeRef = params.get('ref') || null;
  const part = CATEGORIES.find((c): c is RecordCategory => c === params.get('deel'));
  const noAccess = t('shared.noAccess');
  const source = useMemo(
    () => sharedRecordSource(residentId, { purpose, purposeRef }, noAccess),
    [residentId, purpose, purposeRef, noAccess],
  );
  // Only for the name, the other purposes and an open emergency access; the record itself decides access.
  const shared = useLoad(() => consentApi.shared());
  const resident =
    shared.status === 'ready' ? shared.data.items.find((r) => r.residentId === residentId) : undefined;

  const title = resident ? t('shared.recordTitle', { name: resident.name }) : t('shared.recordTitleUnknown');
  const others: (PurposeOfUse & { name: string | null })[] = [];
  const nameOf = (ref: string | null) =>
    resident?.consents.find((c) => c.purposeRef === ref)?.purposeRefName ?? null;
  for (const c of resident?.consents ?? []) {
    const use = { purpose: c.purpose, purposeRef: c.purposeRef, name: c.purposeRefName };
    const same = (u: PurposeOfUse) => u.purpose === use.purpose && u.purposeRef === use.purposeRef;
    if (!same({ purpose, purposeRef }) && !others.some(same)) others.push(use);
  }

  return (
    <>
      <PageTitle>{part ? `${t(`record.cat.${part}`)} — ${title}` : title}</PageTitle>
      <Paragraph>
        <AppLink to={SHARED_PATH}>{t('shared.back')}</AppLink>
      </Paragraph>
      <Paragraph>
        <AppLink to={newReferralPath(residentId)}>{t('referrals.referFromRecord')}</AppLink>
      </Paragraph>
      <Paragraph>
        {t('shared.purposeNow', { purpose: purposeText(purpose, purposeRef, { t }, nameOf(purposeRef)) })}
      </Paragraph>
      {others.length > 0 && (
        <>
          <Paragraph>{t('shared.otherPurposes')}</Paragraph>
          <UnorderedList>
            {others.map((u) => (
              <UnorderedListItem key={`${u.purpose}:${u.purposeRef ?? ''}`}>
                <AppLink to={sharedRecordPath(residentId, u)}>
                  {purposeText(u.purpose, u.purposeRef, { t }, u.name)}
                </AppLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {resident?.emergencyUntil && (
        <Alert type="warning">
          <Paragraph>
            {t('shared.emergencyNotice', { date: formatDateTime(resident.emergencyUntil) })}
          </Paragraph>
        </Alert>
      )}
      <RecordSourceContext value={source}>
        {part ? <CategorySection category={part} /> : <SummarySection version={0} />}
      </RecordSourceContext>
    </>
  );
}
