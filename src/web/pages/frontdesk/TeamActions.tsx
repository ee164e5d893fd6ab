// What a team member can do with a question now; the server lists the steps it allows (q.actions), so the
// page offers exactly those: pick it up, answer, move it to another stream with a note, close it. A typed
// answer is kept across a reload until the server has it.
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { RequiredNote, SelectField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { useForm } from '../../components/useForm.ts';
import { useKeptForm } from '../../components/useKeptForm.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { TextAreaField } from '../consent/fields.tsx';
import { frontdeskApi, STREAMS, type QuestionView, type Stream } from './api.ts';
import { streamWord } from './words.ts';

interface Props {
  q: QuestionView;
  onDone: (message: string) => void;
}

export function TeamActions({ q, onDone }: Props) {
  const { t } = useI18n();
  const can = (kind: QuestionView['actions'][number]) => q.actions.includes(kind);
  return (
    <section className="wp-section" aria-labelledby="frontdesk-actions-heading">
      <Heading2 id="frontdesk-actions-heading">{t('frontdesk.actions.heading')}</Heading2>
      {can('picked_up') && <PickUp q={q} onDone={onDone} />}
      {can('answered') && <AnswerForm q={q} onDone={onDone} />}
      {can('rerouted') && <RerouteForm q={q} onDone={onDone} />}
      {can('closed') && <CloseForm q={q} onDone={onDone} />}
    </section>
  );
}

function PickUp({ q, onDone }: Props) {
  const { t } = useI18n();
  const form = useForm('frontdesk-pickup', {});
  const pickUp = () =>
    void form.submit(async () => {
      await frontdeskApi.step(q.id, { kind: 'picked_up' });
      onDone(t('frontdesk.actions.pickedUp'));
    });
  return (
    <div className="wp-fd-action">
      <FormFeedback form={form} labels={{}} problemTitle={t('frontdesk.actions.failed')} />
      <ButtonGroup>
        <Button type="button" appearance="primary-action-button" busy={form.busy} onClick={pickUp}>
          {t('frontdesk.actions.pickUp')}
        </Button>
      </ButtonGroup>
    </div>
  );
}

function AnswerForm({ q, onDone }: Props) {
  const { t } = useI18n();
  const me = useMe();
  const form = useKeptForm('frontdesk-answer', `${me.id}.frontdesk-answer.${q.id}`, { answer: '' });
  const labels = { answer: t('frontdesk.actions.answer') };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      await frontdeskApi.step(q.id, { kind: 'answered', answer: form.values.answer });
      form.clear();
      onDone(t('frontdesk.actions.answered'));
    });
  };
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="frontdesk-answer-form-heading"
      className="wp-fd-action"
    >
      <Heading3 id="frontdesk-answer-form-heading">{t('frontdesk.actions.answerHeading')}</Heading3>
      <FormFeedback form={form} labels={labels} problemTitle={t('frontdesk.actions.failed')} />
      <RequiredNote />
      <TextAreaField
        id={form.idFor('answer')}
        label={labels.answer}
        description={
          q.resident
            ? t('frontdesk.actions.answerHelp')
            : t('frontdesk.actions.answerHelpNoAccount', { contact: q.contact ?? '' })
        }
        required
        maxLength={4000}
        rows={6}
        value={form.values.answer}
        onChange={(v) => form.set('answer', v)}
        error={form.errors.answer}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('frontdesk.actions.answerButton')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function RerouteForm({ q, onDone }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm('frontdesk-reroute', { stream: '', note: '' });
  const labels = { stream: t('frontdesk.actions.stream'), note: t('frontdesk.actions.rerouteNote') };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { stream, note } = form.values;
    void form.submit(async () => {
      // The stream is sent as chosen (possibly empty), so the server names a missing one at its field.
      await frontdeskApi.step(q.id, {
        kind: 'rerouted',
        stream: stream as Stream,
        ...(note.trim() ? { note } : {}),
      });
      form.reset({ stream: '', note: '' });
      onDone(t('frontdesk.actions.rerouted', { stream: streamWord(stream as Stream, i18n) }));
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="frontdesk-reroute-heading" className="wp-fd-action">
      <Heading3 id="frontdesk-reroute-heading">{t('frontdesk.actions.rerouteHeading')}</Heading3>
      <Paragraph className="wp-narrow">{t('frontdesk.actions.rerouteIntro')}</Paragraph>
      <FormFeedback form={form} labels={labels} problemTitle={t('frontdesk.actions.failed')} />
      <SelectField
        id={form.idFor('stream')}
        label={labels.stream}
        required
        placeholder={t('form.choose')}
        options={STREAMS.filter((s) => s !== q.stream).map((s) => ({ value: s, label: streamWord(s, i18n) }))}
        value={form.values.stream}
        onChange={(v) => form.set('stream', v)}
        error={form.errors.stream}
      />
      <TextAreaField
        id={form.idFor('note')}
        label={labels.note}
        description={t('frontdesk.actions.rerouteNoteHelp')}
        maxLength={4000}
        value={form.values.note}
        onChange={(v) => form.set('note', v)}
        error={form.errors.note}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={form.busy}>
          {t('frontdesk.actions.rerouteButton')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function CloseForm({ q, onDone }: Props) {
  const { t } = useI18n();
  const form = useForm('frontdesk-close', { note: '' });
  const labels = { note: t('frontdesk.actions.closeNote') };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { note } = form.values;
    void form.submit(async () => {
      await frontdeskApi.step(q.id, { kind: 'closed', ...(note.trim() ? { note } : {}) });
      form.reset({ note: '' });
      onDone(t('frontdesk.actions.closed'));
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="frontdesk-close-heading" className="wp-fd-action">
      <Heading3 id="frontdesk-close-heading">{t('frontdesk.actions.closeHeading')}</Heading3>
      <Paragraph className="wp-narrow">{t('frontdesk.actions.closeIntro')}</Paragraph>
      <FormFeedback form={form} labels={labels} problemTitle={t('frontdesk.actions.failed')} />
      <TextAreaField
        id={form.idFor('note')}
        label={labels.note}
        description={t('frontdesk.actions.closeNoteHelp')}
        maxLength={4000}
        value={form.values.note}
        onChange={(v) => form.set('note', v)}
        error={form.errors.note}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={form.busy}>
          {t('frontdesk.actions.closeButton')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
