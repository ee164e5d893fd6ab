import { Heading1 } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useI18n } from '../i18n/context.tsx';

/** The h1 of a page; also sets the browser tab title. RouteFocus moves focus here on navigation. */
export function PageTitle({ children }: { children: string }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${children} - ${t('app.name')}`;
  }, [children, t]);
  return (
    <Heading1 tabIndex={-1} className="wp-page-title">
      {children}
    </Heading1>
  );
}
