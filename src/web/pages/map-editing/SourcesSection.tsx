// "Bronnen" on an entry's page (coordinators and administrators): the source records behind the entry and,
// per field, which source supplied the value and when it was verified, or the coordinator's choice. When
// the server says the caller may not see it (403), or it has nothing to say (404), the section stays away.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { mapDedupeApi, type EntrySources } from '../map-dedupe/api.ts';
import { fieldLabel } from '../map-dedupe/labels.ts';
import { formatDay } from './status.ts';

type Record_ = EntrySources['records'][number];
type Field = EntrySources['fields'][number];

/** Fields in the order of the edit form (the server sends them by column name). */
const FIELD_ORDER = [
  'name',
  'alternate_name',
  'description',
  'email',
  'url',
  'website',
  'fees_description',
  'application_process',
  'eligibility_description',
];
const order = (field: string) => {
  const i = FIELD_ORDER.indexOf(field);
  return i < 0 ? FIELD_ORDER.length : i;
};

export function SourcesSection({ serviceId }: { serviceId: string }) {
  const { t } = useI18n();
  const sources = useLoad(() => mapDedupeApi.serviceSources(serviceId), serviceId);
  if (sources.status === 'error' && (sources.error.status === 403 || sources.error.status === 404))
    return null;
  return (
    <section className="wp-section" aria-labelledby="entry-sources-heading">
      <Heading2 id="entry-sources-heading">{t('mapDedupe.entry.heading')}</Heading2>
      <LoadState load={sources}>
        {(s) =>
          s.records.length === 0 ? (
            <Paragraph>{t('mapDedupe.entry.noSources')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('mapDedupe.entry.intro')}</Paragraph>
              <Records records={s.records} />
              {s.fields.length > 0 && <Fields fields={s.fields} />}
            </>
          )
        }
      </LoadState>
    </section>
  );
}

function Records({ records }: { records: Record_[] }) {
  const { t, locale } = useI18n();
  return (
    <DataTable<Record_>
      caption={t('mapDedupe.entry.recordsCaption')}
      rows={records}
      rowKey={(r) => r.id}
      columns={[
        { header: t('mapDedupe.entry.colSource'), cell: (r) => r.source, rowHeader: true },
        { header: t('mapDedupe.entry.colExternal'), cell: (r) => r.externalId },
        { header: t('mapDedupe.entry.colName'), cell: (r) => r.name },
        { header: t('mapDedupe.entry.colVerified'), cell: (r) => formatDay(r.verifiedAt, locale) },
        {
          header: t('mapDedupe.entry.colStatus'),
          cell: (r) =>
            r.status === 'active'
              ? t('mapDedupe.entry.active')
              : r.withdrawnAt
                ? t('mapDedupe.entry.withdrawn', { date: formatDay(r.withdrawnAt, locale) })
                : t('mapDedupe.entry.withdrawnUndated'),
        },
      ]}
    />
  );
}

function Fields({ fields }: { fields: Field[] }) {
  const { t, locale } = useI18n();
  const from = (f: Field) => {
    if (f.pinned)
      return f.source ? t('mapDedupe.entry.pinnedFrom', { source: f.source }) : t('mapDedupe.entry.pinned');
    return f.source ?? t('mapDedupe.entry.noValue');
  };
  const verified = (f: Field) =>
    f.verifiedAt ? formatDay(f.verifiedAt, locale) : f.pinned ? t('mapDedupe.entry.unknown') : '';
  return (
    <DataTable<Field>
      caption={t('mapDedupe.entry.fieldsCaption')}
      rows={[...fields].sort((a, b) => order(a.field) - order(b.field))}
      rowKey={(f) => f.field}
      columns={[
        { header: t('mapDedupe.entry.colField'), cell: (f) => fieldLabel(f.field, t), rowHeader: true },
        { header: t('mapDedupe.entry.colFrom'), cell: from },
        {
          header: t('mapDedupe.entry.colVerified'),
          cell: verified,
        },
      ]}
    />
  );
}
