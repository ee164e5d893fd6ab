import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/context.tsx';
import { problemMessage } from './problem.ts';
import type { Load } from './useLoad.ts';

export function Loading() {
  const { t } = useI18n();
  return (
    <Paragraph className="wp-loading" role="status">
      {t('app.loading')}
    </Paragraph>
  );
}

/** Shows "loading", the error with a retry button, or the content once the data is there. */
export function LoadState<T>({ load, children }: { load: Load<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error') {
    return (
      <Alert type="error">
        <Paragraph>{problemMessage(load.error, t)}</Paragraph>
        {load.error.status !== 404 && load.error.status !== 403 && (
          <Button appearance="secondary-action-button" onClick={load.reload}>
            {t('error.tryAgain')}
          </Button>
        )}
      </Alert>
    );
  }
  return <>{children(load.data)}</>;
}
