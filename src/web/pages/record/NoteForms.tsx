// Adding (or changing) an own note and an own goal. What was typed stays in the form when the server
// refuses it; the message is at the field.
import {
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Textarea,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { RequiredNote, TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useKeptForm } from '../../components/useKeptForm.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { entriesApi, type EntryView, type OwnInput } from './entriesApi.ts';
import { KeptNotice } from '../../components/KeptNotice.tsx';
import { localToday } from './MeasurementForm.tsx';

type NoteInput = Extract<OwnInput, { type: 'note' }>;
type GoalInput = Extract<OwnInput, { type: 'goal' }>;

/** A text area with label, description and error, described the way the other fields are. */
export function TextAreaField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string;
  required?: boolean;
  rows?: number;
}) {
  const { id, label, value, onChange, error, description, required, rows = 5 } = props;
  const describedBy =
    [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <FormField
      invalid={Boolean(error)}
      label={
        <>
          <FormLabel htmlFor={id}>{label}</FormLabel>
          {required && (
            <span className="wp-required" aria-hidden="true">
              {' *'}
            </span>
          )}
        </>
      }
      input={
        <>
          {description && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
          {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
          <Textarea
            id={id}
            name={id}
            rows={rows}
            value={value}
            required={required}
            invalid={Boolean(error)}
            aria-describedby={describedBy}
            onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
          />
        </>
      }
    />
  );
}

interface Props<I> {
  /** Present: change this own entry; absent: add a new one. */
  edit?: { id: string; input: I };
  onSaved: (entry: EntryView) => void;
}

export function NoteForm({ edit, onSaved }: Props<NoteInput>) {
  const { t } = useI18n();
  const me = useMe();
  const form = useKeptForm(
    edit ? 'record-note-edit' : 'record-note',
    edit ? `${me.id}.record-note-edit.${edit.id}` : `${me.id}.record-note`,
    { text: edit?.input.text ?? '', date: edit?.input.date ?? localToday() },
  );
  const [saved, setSaved] = useState(false);
  const labels = { text: t('record.note.text'), date: t('record.note.date') };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = { text: form.values.text, ...(form.values.date ? { date: form.values.date } : {}) };
    void form.submit(async () => {
      const entry = edit ? await entriesApi.change(edit.id, body) : await entriesApi.addNote(body);
      if (!edit) form.clear();
      setSaved(true);
      onSaved(entry);
    });
  };

  const headingId = edit ? 'record-note-edit-heading' : 'record-note-heading';
  return (
    <section className="wp-section wp-record-form" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{edit ? t('record.note.editHeading') : t('record.note.heading')}</Heading2>
      <KeptNotice form={form} />
      <FormFeedback form={form} labels={labels} problemTitle={t('record.note.problemTitle')} />
      {saved && !form.busy && <Notice>{edit ? t('record.entry.saved') : t('record.note.saved')}</Notice>}
      <form onSubmit={onSubmit} noValidate className="wp-narrow">
        <RequiredNote />
        <TextAreaField
          id={form.idFor('text')}
          label={labels.text}
          description={t('record.note.textDescription')}
          value={form.values.text}
          onChange={(v) => form.set('text', v)}
          error={form.errors.text}
          required
        />
        <TextField
          id={form.idFor('date')}
          type="date"
          label={labels.date}
          description={t('record.note.dateDescription')}
          value={form.values.date}
          onChange={(v) => form.set('date', v)}
          error={form.errors.date}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {edit ? t('record.entry.save') : t('record.note.save')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

export function GoalForm({ edit, onSaved }: Props<GoalInput>) {
  const { t } = useI18n();
  const me = useMe();
  const form = useKeptForm(
    edit ? 'record-goal-edit' : 'record-goal',
    edit ? `${me.id}.record-goal-edit.${edit.id}` : `${me.id}.record-goal`,
    { description: edit?.input.description ?? '', targetDate: edit?.input.targetDate ?? '' },
  );
  const [saved, setSaved] = useState(false);
  const labels = { description: t('record.goal.description'), targetDate: t('record.goal.targetDate') };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = { description: form.values.description, targetDate: form.values.targetDate || null };
    void form.submit(async () => {
      const entry = edit ? await entriesApi.change(edit.id, body) : await entriesApi.addGoal(body);
      if (!edit) form.clear();
      setSaved(true);
      onSaved(entry);
    });
  };

  const headingId = edit ? 'record-goal-edit-heading' : 'record-goal-heading';
  return (
    <section className="wp-section wp-record-form" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{edit ? t('record.goal.editHeading') : t('record.goal.heading')}</Heading2>
      <KeptNotice form={form} />
      <FormFeedback form={form} labels={labels} problemTitle={t('record.goal.problemTitle')} />
      {saved && !form.busy && <Notice>{edit ? t('record.entry.saved') : t('record.goal.saved')}</Notice>}
      <form onSubmit={onSubmit} noValidate className="wp-narrow">
        <RequiredNote />
        <TextAreaField
          id={form.idFor('description')}
          label={labels.description}
          description={t('record.goal.descriptionDescription')}
          value={form.values.description}
          onChange={(v) => form.set('description', v)}
          error={form.errors.description}
          rows={3}
          required
        />
        <TextField
          id={form.idFor('targetDate')}
          type="date"
          label={labels.targetDate}
          description={t('record.goal.targetDateDescription')}
          value={form.values.targetDate}
          onChange={(v) => form.set('targetDate', v)}
          error={form.errors.targetDate}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {edit ? t('record.entry.save') : t('record.goal.save')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
