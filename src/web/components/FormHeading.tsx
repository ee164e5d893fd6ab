import { Heading2 } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';

/** The heading of a form that opens on the page; it takes focus when the form opens. */
export function FormHeading({ id, children }: { id: string; children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Heading2 id={id} ref={ref} tabIndex={-1} className="wp-form-heading">
      {children}
    </Heading2>
  );
}
