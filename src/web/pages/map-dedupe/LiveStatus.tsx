import { Alert, Paragraph } from '@utrecht/component-library-react';

/**
 * The result of an action, in a live region that is on the page before the message arrives, so screen
 * readers announce it without the focus moving away from the button that was used.
 */
export function LiveStatus({ message, type = 'ok' }: { message: string | null; type?: 'ok' | 'info' }) {
  return (
    <div role="status" aria-live="polite" className="wp-dedupe-status">
      {message && (
        <Alert type={type}>
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
