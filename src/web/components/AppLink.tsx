import { Link } from 'react-router';
import type { LinkProps } from 'react-router';
import type { Ref } from 'react';

/** A client-side router link with the NL Design System link style (a ref reaches the <a>, e.g. to focus it). */
export function AppLink({ className, ...props }: LinkProps & { ref?: Ref<HTMLAnchorElement> | undefined }) {
  return (
    <Link {...props} className={`utrecht-link utrecht-link--html-a${className ? ` ${className}` : ''}`} />
  );
}
