// After sending: which team answers and how to follow the question. A question with words of acute danger
// starts with where to get help now. The whole confirmation takes focus, so it is heard first.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { AppLink } from '../../components/AppLink.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { questionPath } from './api.ts';
import type { Sent } from './Intake.tsx';
import { UrgentHelp } from './UrgentHelp.tsx';

export function Confirmation({ sent, onAnother }: { sent: Sent; onAnother: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const { asked, teamName } = sent;
  return (
    <div ref={ref} tabIndex={-1} className="wp-fd-confirmation">
      {asked.urgent && <UrgentHelp headingId="frontdesk-urgent-heading" />}
      <section className="wp-panel" aria-labelledby="frontdesk-sent-heading">
        <Heading2 id="frontdesk-sent-heading">{t('frontdesk.sent.title')}</Heading2>
        {teamName ? (
          <Paragraph>{t('frontdesk.sent.team', { team: teamName })}</Paragraph>
        ) : (
          !asked.team && <Paragraph>{t('frontdesk.sent.noTeam')}</Paragraph>
        )}
        <Paragraph>{t('frontdesk.sent.follow')}</Paragraph>
        <Paragraph>
          <AppLink to={questionPath(asked.id)}>{t('frontdesk.sent.open')}</AppLink>
        </Paragraph>
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={onAnother}>
            {t('frontdesk.sent.another')}
          </Button>
        </ButtonGroup>
      </section>
    </div>
  );
}
