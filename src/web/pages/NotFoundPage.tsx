import { Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../components/AppLink.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n } from '../i18n/context.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('notFound.home')}</AppLink>
      </Paragraph>
    </>
  );
}

export function NotAvailablePage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('notAvailable.title')}</PageTitle>
      <Paragraph>{t('notAvailable.text')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('notFound.home')}</AppLink>
      </Paragraph>
    </>
  );
}
