// Adding (or changing) an own measurement: what was measured, the value fields of that kind (one value, or
// the upper and lower pressure), the day and, if known, the time. A refused value keeps what was typed and
// says at the field what is wrong, in the server's words.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { RequiredNote, SelectField, TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useKeptForm } from '../../components/useKeptForm.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { formatMeasured, parseMeasured } from './decimal.ts';
import {
  entriesApi,
  KINDS,
  MEASUREMENT_KINDS,
  type EntryView,
  type MeasurementKind,
  type OwnInput,
  type ValueSpec,
} from './entriesApi.ts';
import { KeptNotice } from '../../components/KeptNotice.tsx';

type MeasurementInput = Extract<OwnInput, { type: 'measurement' }>;

/** Today on this computer's clock, as the date field wants it. */
export function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const isKind = (k: string): k is MeasurementKind => (MEASUREMENT_KINDS as readonly string[]).includes(k);

interface Props {
  /** Present: change this own entry (its current values); absent: add a new measurement. */
  edit?: { id: string; input: MeasurementInput };
  onSaved: (entry: EntryView) => void;
}

export function MeasurementForm({ edit, onSaved }: Props) {
  const { t, locale } = useI18n();
  const start = edit?.input;
  // A plain string: the select may hold any value, and the server names a wrong one at the field.
  const startKind: string = start?.kind ?? 'weight';
  const me = useMe();
  // What is typed survives a reload until the server has it (per person, and per entry when changing one).
  const form = useKeptForm(
    edit ? 'record-measure-edit' : 'record-measure',
    edit ? `${me.id}.record-measure-edit.${edit.id}` : `${me.id}.record-measure`,
    {
      kind: startKind,
      value: formatMeasured(start?.value ?? null, locale),
      systolic: formatMeasured(start?.systolic ?? null, locale),
      diastolic: formatMeasured(start?.diastolic ?? null, locale),
      date: start?.date ?? localToday(),
      time: start?.time ?? '',
    },
  );
  const [saved, setSaved] = useState(false);
  const kind = isKind(form.values.kind) ? form.values.kind : 'weight';
  const spec = KINDS[kind];
  const valueLabel = (v: ValueSpec) => `${v.label[locale]} (${v.unit[locale]})`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const values = Object.fromEntries(
      spec.values.map((v) => [v.field, parseMeasured(form.values[v.field], v.decimals === 0)]),
    );
    const body = {
      kind: form.values.kind,
      ...values,
      ...(form.values.date ? { date: form.values.date } : {}),
      time: form.values.time || null,
    };
    void form.submit(async () => {
      const entry = edit ? await entriesApi.change(edit.id, body) : await entriesApi.addMeasurement(body);
      if (!edit) {
        // Ready for the next value of the same kind.
        for (const v of spec.values) form.set(v.field, '');
        form.set('time', '');
      }
      setSaved(true);
      onSaved(entry);
    });
  };

  const labels = {
    kind: t('record.measure.kind'),
    date: t('record.measure.date'),
    time: t('record.measure.time'),
    ...Object.fromEntries(
      MEASUREMENT_KINDS.flatMap((k) => KINDS[k].values).map((v) => [v.field, v.label[locale]]),
    ),
    ...Object.fromEntries(spec.values.map((v) => [v.field, valueLabel(v)])),
  };
  const headingId = edit ? 'record-measure-edit-heading' : 'record-measure-heading';

  return (
    <section className="wp-section wp-record-form" aria-labelledby={headingId}>
      <Heading2 id={headingId}>
        {edit ? t('record.measure.editHeading') : t('record.measure.heading')}
      </Heading2>
      {!edit && (
        <div className="wp-narrow">
          <Paragraph>{t('record.measure.intro')}</Paragraph>
        </div>
      )}
      <KeptNotice form={form} />
      <FormFeedback form={form} labels={labels} problemTitle={t('record.measure.problemTitle')} />
      {saved && !form.busy && <Notice>{edit ? t('record.entry.saved') : t('record.measure.saved')}</Notice>}
      <form onSubmit={onSubmit} noValidate className="wp-narrow">
        <RequiredNote />
        <SelectField
          id={form.idFor('kind')}
          label={labels.kind}
          value={form.values.kind}
          onChange={(v) => form.set('kind', v)}
          options={MEASUREMENT_KINDS.map((k) => ({ value: k, label: KINDS[k].label[locale] }))}
          error={form.errors.kind}
          required
        />
        {spec.values.map((v) => (
          <TextField
            key={`${kind}-${v.field}`}
            id={form.idFor(v.field)}
            label={valueLabel(v)}
            description={t('record.measure.valueDescription', {
              min: formatMeasured(v.min, locale),
              max: formatMeasured(v.max, locale),
              unit: v.unit[locale],
            })}
            value={form.values[v.field]}
            onChange={(text) => form.set(v.field, text)}
            error={form.errors[v.field]}
            inputMode={v.decimals === 0 ? 'numeric' : 'decimal'}
            autoComplete="off"
            required
          />
        ))}
        <TextField
          id={form.idFor('date')}
          type="date"
          label={labels.date}
          description={t('record.measure.dateDescription')}
          value={form.values.date}
          onChange={(v) => form.set('date', v)}
          error={form.errors.date}
          required
        />
        <TextField
          id={form.idFor('time')}
          type="time"
          label={labels.time}
          description={t('record.measure.timeDescription')}
          value={form.values.time}
          onChange={(v) => form.set('time', v)}
          error={form.errors.time}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {edit ? t('record.entry.save') : t('record.measure.save')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
