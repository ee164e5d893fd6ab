// The resident's own record (/mijn-dossier): add a FHIR file, the overview, and one part of the record at a
// time (?deel=medication …, so the browser's back button and a bookmark work).
import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { CATEGORIES, type RecordCategory } from './api.ts';
import { CategorySection } from './CategorySection.tsx';
import { SummarySection } from './SummarySection.tsx';
import { UploadSection } from './UploadSection.tsx';

export function RecordPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const part = params.get('deel');
  const category = CATEGORIES.find((c): c is RecordCategory => c === part);
  // A new import changes what the overview shows.
  const [version, setVersion] = useState(0);
  return (
    <>
      <PageTitle>
        {category ? `${t(`record.cat.${category}`)} — ${t('record.title')}` : t('record.title')}
      </PageTitle>
      {category ? (
        <CategorySection category={category} />
      ) : (
        <>
          <div className="wp-narrow">
            <Paragraph>{t('record.intro')}</Paragraph>
          </div>
          <UploadSection onImported={() => setVersion((v) => v + 1)} />
          <SummarySection version={version} />
        </>
      )}
    </>
  );
}
