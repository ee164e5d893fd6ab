// Said above a form that was filled again from what the resident typed before a reload or a lost
// connection (useKeptForm), with a way to start again.
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { KeptForm } from '../../components/useKeptForm.ts';
import type { FormValue } from '../../components/useForm.ts';
import { useI18n } from '../../i18n/context.tsx';

export function KeptNotice<V extends Record<string, FormValue>>({ form }: { form: KeptForm<V> }) {
  const { t } = useI18n();
  if (!form.restored) return null;
  return (
    <div className="wp-record-kept">
      <Alert type="info">
        <Paragraph>{t('record.kept')}</Paragraph>
      </Alert>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={form.clear}>
          {t('record.keptClear')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
