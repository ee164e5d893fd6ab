import { Link } from 'react-router';
import type { LinkProps } from 'react-router';

/** A client-side router link with the NL Design System link style. */
export function AppLink({ className, ...props }: LinkProps) {
  return (
    <Link {...props} className={`utrecht-link utrecht-link--html-a${className ? ` ${className}` : ''}`} />
  );
}
