// Een inwoner verwijzen (/verwijzingen/nieuw[?inwoner=<id>][&vraag=<front-desk question>]): the residents the professional may see (their
// shared records, also for the parts that may go along) and the social map's needs, then the form.
import { Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { consentApi } from '../consent/api.ts';
import { REFERRALS_PATH, referralsApi } from './api.ts';
import { ReferralForm } from './ReferralForm.tsx';

export function NewReferralPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const residentId = params.get('inwoner') ?? '';
  // From a question at the front desk (?vraag=): the referral answers it.
  const questionId = params.get('vraag') ?? undefined;
  const data = useLoad(() =>
    Promise.all([consentApi.shared().then((s) => s.items), referralsApi.needs()]).then(
      ([residents, needs]) => ({ residents, needs }),
    ),
  );
  return (
    <>
      <PageTitle>{t('referrals.newTitle')}</PageTitle>
      <Paragraph>
        <AppLink to={REFERRALS_PATH}>{t('referrals.back')}</AppLink>
      </Paragraph>
      <div className="wp-narrow">
        <Paragraph>{t('referrals.newIntro')}</Paragraph>
      </div>
      <LoadState load={data}>
        {({ residents, needs }) => (
          <ReferralForm
            key={residentId}
            residents={residents}
            needs={needs}
            residentId={residentId}
            questionId={questionId}
          />
        )}
      </LoadState>
    </>
  );
}
