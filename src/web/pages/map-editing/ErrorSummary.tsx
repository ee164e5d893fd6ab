// The error summary of the edit form: takes focus after a failed save and links to each field. A field
// path without its own element (a list, an item) links to the nearest enclosing one.
import {
  Alert,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import type { MouseEvent } from 'react';
import { isMessageKey, useI18n } from '../../i18n/context.tsx';
import { fieldId } from './formModel.ts';

export type FieldErrors = Record<string, string>;

function targetOf(path: string): HTMLElement | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const el = document.getElementById(fieldId(parts.slice(0, n).join('.')));
    if (el) return el;
  }
  return null;
}

export function ErrorSummary({
  errors,
  other,
  attempt,
}: {
  errors: FieldErrors;
  other: string[];
  attempt: number;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const paths = Object.keys(errors);
  // "phones.1.number" → "Telefoonnummers 2"; the message itself says what is wrong.
  const labelOf = (path: string) => {
    const [field = '', index] = path.split('.');
    const key = `mapEdit.field.${field}`;
    if (!isMessageKey(key)) return '';
    return index !== undefined && /^\d+$/.test(index) ? `${t(key)} ${Number(index) + 1}` : t(key);
  };
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (!paths.length && !other.length) return null;

  const goTo = (event: MouseEvent<HTMLAnchorElement>, path: string) => {
    const target = targetOf(path);
    if (!target) return;
    event.preventDefault();
    const closed = target.closest('details');
    if (closed) closed.open = true;
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };

  return (
    <div ref={ref} tabIndex={-1} className="wp-feedback" aria-labelledby="entry-summary-heading" role="group">
      <Alert type="error">
        <Heading2 id="entry-summary-heading" className="wp-feedback__heading">
          {t('form.errorSummaryTitle')}
        </Heading2>
        <Paragraph>{t('form.errorSummaryIntro')}</Paragraph>
        <UnorderedList>
          {paths.map((path) => (
            <UnorderedListItem key={path}>
              <a
                className="utrecht-link utrecht-link--html-a"
                href={`#${fieldId(path)}`}
                onClick={(e) => goTo(e, path)}
              >
                {labelOf(path) ? `${labelOf(path)}: ` : ''}
                {errors[path]}
              </a>
            </UnorderedListItem>
          ))}
          {other.map((message, i) => (
            <UnorderedListItem key={`other-${i}`}>{message}</UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
}
