// A range of months for figures pages (referrals, health check): two month fields, kept in the address
// (?van=&tot=) so a reload or a link shows the same figures, checked before asking (a month written wrong, or a
// check of the page's own, is named at its field), and shown once when the page opens.
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useEffect, useEffectEvent, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { atFields } from '../pages/referrals/fieldPaths.ts';
import { TextField } from './fields.tsx';
import { FormFeedback } from './FormFeedback.tsx';
import { useForm, type Form } from './useForm.ts';

// a type, not an interface: a form's values need an index signature
export type MonthRange = { from: string; to: string };

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;

/** The last `n` months, this one included. */
export function lastMonths(n: number): MonthRange {
  const now = new Date();
  return { from: monthOf(new Date(now.getFullYear(), now.getMonth() - (n - 1), 1)), to: monthOf(now) };
}

/** The server names `querystring.from` / `querystring.to`; those land at the fields. */
const rangeFields = atFields((p) =>
  p === 'querystring.from' ? 'from' : p === 'querystring.to' ? 'to' : undefined,
);

export function useMonthRange<T>({
  formId,
  fallback,
  wrongMonth,
  check,
  load,
}: {
  formId: string;
  fallback: MonthRange;
  wrongMonth: string;
  /** the page's own check of a well-written range; its message stands at the "to" field */
  check?: (range: MonthRange) => string | null;
  load: (range: MonthRange) => Promise<T>;
}) {
  const [params, setParams] = useSearchParams();
  const from = params.get('van') ?? fallback.from;
  const to = params.get('tot') ?? fallback.to;
  const form = useForm(formId, { from, to });
  const [shown, setShown] = useState<(MonthRange & { items: T }) | null>(null);

  const show = (range: MonthRange) => {
    if (!MONTH.test(range.from) || !MONTH.test(range.to)) {
      form.fail({
        ...(MONTH.test(range.from) ? {} : { from: wrongMonth }),
        ...(MONTH.test(range.to) ? {} : { to: wrongMonth }),
      });
      return;
    }
    const wrong = check?.(range);
    if (wrong) {
      form.fail({ to: wrong });
      return;
    }
    void form.submit(async () => {
      const items = await load(range).catch(rangeFields);
      setShown({ ...range, items });
    });
  };

  // The range in the address is shown when the page opens.
  const showFirst = useEffectEvent(() => show({ from, to }));
  useEffect(() => showFirst(), []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const range = { from: form.values.from.trim(), to: form.values.to.trim() };
    setParams({ van: range.from, tot: range.to }, { replace: true });
    show(range);
  };

  return { form, shown, onSubmit };
}

export function MonthRangeForm({
  form,
  labels,
  description,
  submitLabel,
  problemTitle,
  onSubmit,
}: {
  form: Form<MonthRange>;
  labels: MonthRange;
  description: string;
  submitLabel: string;
  problemTitle: string;
  onSubmit: (event: FormEvent) => void;
}) {
  return (
    <>
      <FormFeedback form={form} labels={labels} problemTitle={problemTitle} />
      <form onSubmit={onSubmit} noValidate className="wp-month-range">
        {(['from', 'to'] as const).map((field) => (
          <TextField
            key={field}
            id={form.idFor(field)}
            label={labels[field]}
            description={description}
            type="month"
            value={form.values[field]}
            onChange={(v) => form.set(field, v)}
            error={form.errors[field]}
          />
        ))}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {submitLabel}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
