// Said above a form that was filled again from what was typed before a reload or a lost connection
// (useKeptForm), with a way to start again. Each form may say it in its own words.
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/context.tsx';
import type { FormValue } from './useForm.ts';
import type { KeptForm } from './useKeptForm.ts';

export function KeptNotice<V extends Record<string, FormValue>>({
  form,
  text,
  clearLabel,
}: {
  form: KeptForm<V>;
  text?: string;
  clearLabel?: string;
}) {
  const { t } = useI18n();
  if (!form.restored) return null;
  return (
    <div className="wp-kept">
      <Alert type="info">
        <Paragraph>{text ?? t('record.kept')}</Paragraph>
      </Alert>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={form.clear}>
          {clearLabel ?? t('record.keptClear')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
