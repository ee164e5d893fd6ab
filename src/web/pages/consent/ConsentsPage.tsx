// The resident's consents (/mijn-dossier/toestemming): open requests first, then every consent, the form
// to give one, and the download as FHIR.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { consentApi, CONSENTS_FHIR_URL } from './api.ts';
import { ConsentList } from './ConsentList.tsx';
import { GrantForm } from './GrantForm.tsx';
import { RequestsSection } from './RequestsSection.tsx';

export function ConsentsPage() {
  const { t } = useI18n();
  const consents = useLoad(() => consentApi.consents().then((r) => r.items));
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setNotice(message);
    consents.reload();
  };
  return (
    <>
      <PageTitle>{t('consent.title')}</PageTitle>
      <div className="wp-narrow">
        <Paragraph>{t('consent.intro')}</Paragraph>
      </div>
      {notice && <Notice>{notice}</Notice>}
      <LoadState load={consents}>
        {(items) => (
          <>
            <RequestsSection requests={items.filter((c) => c.status === 'requested')} onDone={done} />
            <ConsentList consents={items.filter((c) => c.status !== 'requested')} onDone={done} />
          </>
        )}
      </LoadState>
      <GrantForm onGranted={done} />
      <section className="wp-section" aria-labelledby="consent-download-heading">
        <Heading2 id="consent-download-heading">{t('consent.downloadHeading')}</Heading2>
        <div className="wp-narrow">
          <Paragraph>{t('consent.downloadIntro')}</Paragraph>
        </div>
        <Paragraph>
          <a
            className="utrecht-link utrecht-link--html-a"
            href={CONSENTS_FHIR_URL}
            download="wijkpunt-toestemmingen.fhir.json"
            type="application/fhir+json"
          >
            {t('consent.download')}
          </a>
        </Paragraph>
      </section>
    </>
  );
}
