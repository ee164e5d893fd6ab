import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';

/**
 * A short message after an action ("Opgeslagen"). It takes focus when it appears, so screen
 * reader users hear it and keyboard users continue from there.
 */
export function Notice({
  type = 'ok',
  children,
}: {
  type?: 'ok' | 'info' | 'warning' | 'error';
  children: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [children]);
  return (
    <div ref={ref} tabIndex={-1} className="wp-notice">
      <Alert type={type}>
        <Paragraph>{children}</Paragraph>
      </Alert>
    </div>
  );
}
