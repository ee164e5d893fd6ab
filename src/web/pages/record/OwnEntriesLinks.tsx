// On the overview of the own record: where the resident adds their own measurements, notes and goals, the
// timeline, and the whole record on one page for printing.
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { ALL_PART, OWN_RECORD, TIMELINE_PART } from './source.ts';

export function OwnEntriesLinks() {
  const { t } = useI18n();
  return (
    <section className="wp-section wp-no-print" aria-labelledby="record-own-heading">
      <Heading2 id="record-own-heading">{t('record.ownHeading')}</Heading2>
      <div className="wp-narrow">
        <Paragraph>{t('record.ownIntro')}</Paragraph>
      </div>
      <UnorderedList>
        <UnorderedListItem>
          <AppLink to={OWN_RECORD.partPath('measurements')}>{t('record.link.measure')}</AppLink>
        </UnorderedListItem>
        <UnorderedListItem>
          <AppLink to={OWN_RECORD.partPath('notes')}>{t('record.link.notes')}</AppLink>
        </UnorderedListItem>
        <UnorderedListItem>
          <AppLink to={`/mijn-dossier?deel=${TIMELINE_PART}`}>{t('record.link.timeline')}</AppLink>
        </UnorderedListItem>
        <UnorderedListItem>
          <AppLink to={`/mijn-dossier?deel=${ALL_PART}`}>{t('record.link.all')}</AppLink>
        </UnorderedListItem>
      </UnorderedList>
    </section>
  );
}
