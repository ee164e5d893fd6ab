// The resident's own record (/mijn-dossier): add a FHIR file, the overview, one part of the record at a time
// (?deel=medication …), the timeline (?deel=timeline), the whole record to print (?deel=all) and one entry
// (?gegeven=<id>). All in the query, so the browser's back button and a bookmark work.
import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ReferralsInRecord } from '../referrals/ReferralsInRecord.tsx';
import { WmoInRecord } from '../wmo/WmoInRecord.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { CATEGORIES, type RecordCategory } from './api.ts';
import { CategorySection } from './CategorySection.tsx';
import { EntrySection } from './EntrySection.tsx';
import { OwnEntriesLinks } from './OwnEntriesLinks.tsx';
import { PrintButton } from './PrintButton.tsx';
import { ALL_PART, TIMELINE_PART } from './source.ts';
import { SummarySection } from './SummarySection.tsx';
import { TimelineSection } from './TimelineSection.tsx';
import { UploadSection } from './UploadSection.tsx';
import { WholeRecordSection } from './WholeRecordSection.tsx';

export function RecordPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const part = params.get('deel');
  const entryId = params.get('gegeven');
  const category = CATEGORIES.find((c): c is RecordCategory => c === part);
  // A new import changes what the overview shows.
  const [version, setVersion] = useState(0);
  const title = (name: string) => `${name} — ${t('record.title')}`;

  if (entryId) {
    return (
      <div className="wp-record">
        <PageTitle>{title(t('record.entry.title'))}</PageTitle>
        <Tools />
        <EntrySection key={entryId} id={entryId} />
      </div>
    );
  }
  if (part === TIMELINE_PART) {
    return (
      <div className="wp-record">
        <PageTitle>{title(t('record.timeline.title'))}</PageTitle>
        <Tools />
        <TimelineSection />
      </div>
    );
  }
  if (part === ALL_PART) {
    return (
      <div className="wp-record">
        <PageTitle>{t('record.all.title')}</PageTitle>
        <Tools />
        <WholeRecordSection />
      </div>
    );
  }
  return (
    <div className="wp-record">
      <PageTitle>{category ? title(t(`record.cat.${category}`)) : t('record.title')}</PageTitle>
      <Tools />
      {category ? (
        <CategorySection category={category} />
      ) : (
        <>
          <div className="wp-narrow">
            <Paragraph>{t('record.intro')}</Paragraph>
          </div>
          <OwnEntriesLinks />
          <UploadSection onImported={() => setVersion((v) => v + 1)} />
          <SummarySection version={version} />
          <ReferralsInRecord />
          <WmoInRecord />
        </>
      )}
    </div>
  );
}

/** The print button, and on paper only: whose record it is and when it was printed. */
function Tools() {
  const { t, formatDateTime } = useI18n();
  const me = useMe();
  // The moment on paper is when the print dialog opens, not when the page was loaded.
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const update = () => flushSync(() => setNow(new Date()));
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return (
    <>
      <div className="wp-record-tools wp-no-print">
        <PrintButton />
      </div>
      <Paragraph className="wp-print-only">
        {t('record.printedFor', { name: me.name, date: formatDateTime(now.toISOString()) })}
      </Paragraph>
    </>
  );
}
