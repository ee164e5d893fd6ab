// Vraag stellen (/loket): the resident's question to the one front desk, through a short intake, then the
// confirmation; below, Mijn vragen.
import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { frontdeskApi } from './api.ts';
import { Confirmation } from './Confirmation.tsx';
import { Intake, type Sent } from './Intake.tsx';
import { MyQuestions } from './MyQuestions.tsx';

export function AskPage() {
  const { t } = useI18n();
  const mine = useLoad(() => frontdeskApi.mine().then((r) => r.items));
  const [sent, setSent] = useState<Sent | null>(null);
  const [again, setAgain] = useState(false);
  return (
    <>
      <PageTitle>{t('frontdesk.ask.title')}</PageTitle>
      {sent ? (
        <Confirmation
          sent={sent}
          onAnother={() => {
            setSent(null);
            setAgain(true);
          }}
        />
      ) : (
        <>
          <div className="wp-narrow">
            <Paragraph>{t('frontdesk.ask.intro')}</Paragraph>
            <Paragraph>{t('frontdesk.ask.steps')}</Paragraph>
          </div>
          <Intake
            focusFirst={again}
            onSent={(s) => {
              setSent(s);
              mine.reload();
            }}
          />
        </>
      )}
      <MyQuestions load={mine} />
    </>
  );
}
