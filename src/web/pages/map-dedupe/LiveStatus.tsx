import { Paragraph } from '@utrecht/component-library-react';

/**
 * The result of an action, in a live region that is on the page before the message arrives, so screen
 * readers announce it without the focus moving away from the button that was used. (Not an Utrecht Alert:
 * that brings a live region of its own, and nested live regions are announced twice or not at all.)
 */
export function LiveStatus({ message, type = 'ok' }: { message: string | null; type?: 'ok' | 'info' }) {
  return (
    <div role="status" className="wp-dedupe-status">
      {message && (
        <div className={`wp-dedupe-status__message wp-dedupe-status__message--${type}`}>
          <Paragraph>{message}</Paragraph>
        </div>
      )}
    </div>
  );
}
