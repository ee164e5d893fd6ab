// One Wmo case (/wmo/:id). The consultant sees the report, the clocks, the dates with the form to record
// them, the questions to the GP with the resident's consent and the advice, and the form to ask the GP.
// The resident (from her message or her record) sees the same, read only and in plain words.
import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { Facts } from '../consent/Facts.tsx';
import { AdviceSection } from './AdviceSection.tsx';
import { wmoApi, WMO_PATH, type WmoCase } from './api.ts';
import { AskGpForm } from './AskGpForm.tsx';
import { ClocksSection } from './ClocksSection.tsx';
import { DatesForm } from './DatesForm.tsx';
import { dayText } from './words.ts';

export function CasePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  // Said once, right after the case was opened; a reload or the back button does not say it again.
  const [opened] = useState(() => (location.state as { opened?: boolean } | null)?.opened === true);
  useEffect(() => {
    if (opened) void navigate('.', { replace: true, state: null });
  }, [opened, navigate]);
  const load = useLoad(() => wmoApi.case(id), id);
  let title = t('wmo.case.titleUnknown');
  if (load.status === 'ready') {
    title = load.data.mayEdit ? t('wmo.case.title', { name: load.data.resident.name }) : t('wmo.mine.title');
  }
  return (
    <div className="wp-wmo">
      <PageTitle>{title}</PageTitle>
      <LoadState load={load}>
        {(c) =>
          c.mayEdit ? <ConsultantView c={c} opened={opened} reload={load.reload} /> : <ResidentView c={c} />
        }
      </LoadState>
    </div>
  );
}

function ConsultantView({ c, opened, reload }: { c: WmoCase; opened: boolean; reload: () => void }) {
  const { t, locale } = useI18n();
  return (
    <>
      <Paragraph>
        <AppLink to={WMO_PATH}>{t('wmo.case.back')}</AppLink>
      </Paragraph>
      {opened && <Notice>{t('wmo.case.opened')}</Notice>}
      <Facts
        rows={[
          [t('wmo.case.subject'), c.subject],
          [t('wmo.case.resident'), c.resident.name],
          [
            t('wmo.case.consultant'),
            t('wmo.case.consultantAt', { name: c.consultant, organisation: c.organisation }),
          ],
          [t('wmo.case.reportedOn'), dayText(locale, c.reportedOn)],
        ]}
      />
      <ClocksSection c={c} reader="consultant" />
      <DatesForm c={c} onSaved={reload} />
      <AdviceSection c={c} reader="consultant" />
      <AskGpForm c={c} onAsked={reload} />
    </>
  );
}

function ResidentView({ c }: { c: WmoCase }) {
  const { t, locale } = useI18n();
  return (
    <>
      <div className="wp-narrow">
        <Paragraph>{t('wmo.mine.intro')}</Paragraph>
      </div>
      <Facts
        rows={[
          [t('wmo.mine.subject'), c.subject],
          [
            t('wmo.mine.consultant'),
            t('wmo.case.consultantAt', { name: c.consultant, organisation: c.organisation }),
          ],
          [t('wmo.mine.reportedOn'), dayText(locale, c.reportedOn)],
          [t('wmo.mine.investigatedOn'), dayText(locale, c.investigatedOn)],
          [t('wmo.mine.appliedOn'), dayText(locale, c.appliedOn)],
          [t('wmo.mine.decidedOn'), dayText(locale, c.decidedOn)],
          [t('wmo.mine.decision'), c.decision],
        ]}
      />
      <ClocksSection c={c} reader="resident" />
      <AdviceSection c={c} reader="resident" />
    </>
  );
}
