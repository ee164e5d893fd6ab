// The browser's print dialog, where the resident can also save the page as a PDF. The print style sheet
// (record.css) leaves the menu, buttons and forms off the paper.
import { Button } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/context.tsx';

export function PrintButton() {
  const { t } = useI18n();
  return (
    <Button appearance="secondary-action-button" className="wp-no-print" onClick={() => window.print()}>
      {t('record.print')}
    </Button>
  );
}
