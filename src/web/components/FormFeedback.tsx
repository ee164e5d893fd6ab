import {
  Alert,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/context.tsx';
import { problemMessage } from './problem.ts';
import type { Form, FormValue } from './useForm.ts';

interface Props<V extends Record<string, FormValue>> {
  form: Form<V>;
  /** The visible label of each field, used in the summary links. */
  labels: Partial<Record<keyof V & string, string>>;
  /** Shown as the heading of a failed request without field errors (e.g. "Inloggen is niet gelukt"). */
  problemTitle?: string;
}

/**
 * The error summary at the top of a form: after a failed submit it takes focus and links to
 * each field with a problem. A failure without field errors shows the server's explanation.
 */
export function FormFeedback<V extends Record<string, FormValue>>({ form, labels, problemTitle }: Props<V>) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const fieldNames = Object.keys(form.errors);
  const hasSummary = fieldNames.length > 0 || form.otherErrors.length > 0;

  useEffect(() => {
    if (form.attempt > 0) ref.current?.focus();
  }, [form.attempt]);

  const goTo = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };

  if (hasSummary) {
    const headingId = `${form.idFor('summary')}-heading`;
    return (
      <div ref={ref} tabIndex={-1} className="wp-feedback" aria-labelledby={headingId} role="group">
        <Alert type="error">
          <Heading2 id={headingId} className="wp-feedback__heading">
            {t('form.errorSummaryTitle')}
          </Heading2>
          <Paragraph>{t('form.errorSummaryIntro')}</Paragraph>
          <UnorderedList>
            {fieldNames.map((name) => {
              const id = form.idFor(name);
              const label = labels[name as keyof V & string];
              return (
                <UnorderedListItem key={name}>
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={`#${id}`}
                    onClick={(e) => goTo(e, id)}
                  >
                    {label ? `${label}: ` : ''}
                    {form.errors[name]}
                  </a>
                </UnorderedListItem>
              );
            })}
            {form.otherErrors.map((message, i) => (
              <UnorderedListItem key={`other-${i}`}>{message}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      </div>
    );
  }

  if (form.problem) {
    return (
      <div ref={ref} tabIndex={-1} className="wp-feedback">
        <Alert type="error">
          {problemTitle && <Heading2 className="wp-feedback__heading">{problemTitle}</Heading2>}
          <Paragraph>{problemMessage(form.problem, t)}</Paragraph>
        </Alert>
      </div>
    );
  }
  return null;
}
