// The Wmo consultant's reports (/wmo): every case of the municipality with both statutory clocks in words,
// overdue and due soon first, and the form to open a case for a new report.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { casePath, wmoApi, type CaseListItem } from './api.ts';
import { ClockMarker } from './ClockMarker.tsx';
import { OpenCaseForm } from './OpenCaseForm.tsx';
import { byUrgency, dayText } from './words.ts';

export function CasesPage() {
  const { t, locale } = useI18n();
  const cases = useLoad(() => wmoApi.cases().then((r) => [...r.items].sort(byUrgency)));
  return (
    <>
      <PageTitle>{t('wmo.cases.title')}</PageTitle>
      <div className="wp-narrow">
        <Paragraph>{t('wmo.cases.intro')}</Paragraph>
      </div>
      <section className="wp-section" aria-labelledby="wmo-cases-heading">
        <Heading2 id="wmo-cases-heading">{t('wmo.cases.listHeading')}</Heading2>
        <LoadState load={cases}>
          {(items) =>
            items.length ? (
              <DataTable<CaseListItem>
                caption={t('wmo.cases.caption')}
                rows={items}
                rowKey={(c) => c.id}
                columns={[
                  {
                    header: t('wmo.cases.colResident'),
                    rowHeader: true,
                    cell: (c) => <AppLink to={casePath(c.id)}>{c.resident}</AppLink>,
                  },
                  { header: t('wmo.cases.colSubject'), cell: (c) => c.subject },
                  { header: t('wmo.cases.colReported'), cell: (c) => dayText(locale, c.reportedOn) },
                  {
                    header: t('wmo.clock.investigation'),
                    cell: (c) => <ClockMarker clock={c.clocks.investigation} />,
                  },
                  { header: t('wmo.clock.decision'), cell: (c) => <ClockMarker clock={c.clocks.decision} /> },
                  { header: t('wmo.cases.colConsultant'), cell: (c) => c.consultant },
                ]}
              />
            ) : (
              <Paragraph>{t('wmo.cases.none')}</Paragraph>
            )
          }
        </LoadState>
      </section>
      <OpenCaseForm />
    </>
  );
}
