// Said first when a question holds words of acute danger (classify.ts): kindly, where to get help now. The
// front desk is no emergency service and a team does not always read a question straight away.
import {
  Alert,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/context.tsx';

function Phone({ number, dial }: { number: string; dial: string }) {
  return (
    <a className="utrecht-link utrecht-link--html-a wp-fd-phone" href={`tel:${dial}`}>
      {number}
    </a>
  );
}

export function UrgentHelp({ headingId }: { headingId: string }) {
  const { t } = useI18n();
  return (
    <section className="wp-fd-urgent" aria-labelledby={headingId}>
      <Alert type="warning">
        <Heading2 id={headingId}>{t('frontdesk.urgent.title')}</Heading2>
        <Paragraph>{t('frontdesk.urgent.intro')}</Paragraph>
        <UnorderedList>
          <UnorderedListItem>
            {t('frontdesk.urgent.emergency')} <Phone number="112" dial="112" />.
          </UnorderedListItem>
          <UnorderedListItem>{t('frontdesk.urgent.gp')}</UnorderedListItem>
          <UnorderedListItem>
            {t('frontdesk.urgent.suicide')} <Phone number="0800-0113" dial="08000113" />.
          </UnorderedListItem>
        </UnorderedList>
        <Paragraph>{t('frontdesk.urgent.closing')}</Paragraph>
      </Alert>
    </section>
  );
}
