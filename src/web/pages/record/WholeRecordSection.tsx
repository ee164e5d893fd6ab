// The whole own record on one page (/mijn-dossier?deel=all), to print or save as a PDF: the overview and
// every part under its own heading, without forms. Each part is read (and logged) as on its own page.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { CATEGORIES, type RecordCategory } from './api.ts';
import { Category } from './CategorySection.tsx';
import { useRecordSource } from './source.ts';
import { SummarySection } from './SummarySection.tsx';

export function WholeRecordSection() {
  const { t } = useI18n();
  const source = useRecordSource();
  return (
    <>
      <Paragraph className="wp-no-print">
        <AppLink to={source.overviewPath}>{t('record.back')}</AppLink>
      </Paragraph>
      <div className="wp-narrow wp-no-print">
        <Paragraph>{t('record.all.intro')}</Paragraph>
      </div>
      <SummarySection version={0} />
      {CATEGORIES.map((c) => (
        <Part key={c} category={c} />
      ))}
    </>
  );
}

/** A part whose content has headings of its own gets the part's name above them. */
function Part({ category }: { category: RecordCategory }) {
  const { t } = useI18n();
  const source = useRecordSource();
  const view = useLoad(() => source.category(category), `${source.key}:${category}:all`);
  const nested = category === 'medication' || category === 'measurements';
  const content = (
    <LoadState load={view}>{(data) => <Category view={data} level={nested ? 3 : 2} />}</LoadState>
  );
  if (!nested) return content;
  const id = `record-all-${category}-heading`;
  return (
    <section className="wp-section wp-record-part" aria-labelledby={id}>
      <Heading2 id={id}>{t(`record.cat.${category}`)}</Heading2>
      {content}
    </section>
  );
}
