import { Button, PageContent, PageFooter, PageHeader, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/context.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

interface Props {
  userName?: string;
  onLogout?: () => void;
  nav?: ReactNode;
  children: ReactNode;
}

/** The page frame for every screen: skip link, header, optional menu, main content, footer. */
export function Frame({ userName, onLogout, nav, children }: Props) {
  const { t } = useI18n();
  return (
    <>
      {/* The library's SkipLink wraps the link in a <p>, which adds a blank band above the header. */}
      <a href="#inhoud" className="utrecht-skip-link utrecht-skip-link--visible-on-focus">
        {t('app.skipLink')}
      </a>
      <PageHeader className="wp-header">
        <div className="wp-header__inner">
          <Link to="/" className="wp-brand">
            <span aria-hidden="true" className="wp-brand__mark" />
            {t('app.name')}
          </Link>
          <div className="wp-header__tools">
            {userName && <span className="wp-header__user">{t('app.loggedInAs', { name: userName })}</span>}
            <LanguageSwitch />
            {onLogout && (
              <Button appearance="secondary-action-button" className="wp-header__button" onClick={onLogout}>
                {t('app.logout')}
              </Button>
            )}
          </div>
        </div>
      </PageHeader>
      {nav}
      <main id="inhoud" tabIndex={-1} className="wp-main">
        <PageContent className="wp-content">{children}</PageContent>
      </main>
      <PageFooter className="wp-footer">
        <div className="wp-footer__inner">
          <Paragraph small>{t('app.footer')}</Paragraph>
        </div>
      </PageFooter>
    </>
  );
}
