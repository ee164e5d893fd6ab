import { Button } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/context.tsx';

/** One button that switches between Dutch and English; its text is in the other language. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const other = locale === 'nl' ? 'en' : 'nl';
  return (
    <Button
      appearance="secondary-action-button"
      className="wp-header__button"
      onClick={() => setLocale(other)}
    >
      <span lang={t('app.switchLanguageLang')}>{t('app.switchLanguage')}</span>
    </Button>
  );
}
