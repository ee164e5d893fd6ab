// The short intake of Vraag stellen: one question per screen (what it is about, for whom, since when, what
// was tried, then the question in one's own words and an optional postcode). Back and forward keep every
// answer, and so does a reload (useKeptForm, with the step). Only the question itself is needed; the server
// checks everything and names the field, and the form then shows the step that holds it.
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../api.ts';
import { TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { fieldForPath } from '../../components/useForm.ts';
import { useKeptForm } from '../../components/useKeptForm.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import {
  FOR_WHOM,
  frontdeskApi,
  SINCE,
  TOPICS,
  type AskBody,
  type Asked,
  type ForWhom,
  type Since,
  type Topic,
} from './api.ts';
import { StepRadios, StepTextArea } from './StepFields.tsx';
import { topicWord } from './words.ts';
import { KeptNotice } from '../../components/KeptNotice.tsx';

const EMPTY = { step: '0', topic: '', forWhom: '', since: '', tried: '', text: '', postcode: '' };
type Field = Exclude<keyof typeof EMPTY, 'step'>;
/** On which step each field is asked. */
const STEP_OF: Record<Field, number> = { topic: 0, forWhom: 1, since: 2, tried: 3, text: 4, postcode: 4 };
const LAST = 4;

/** What the confirmation needs: the answer of the POST, and the name of the team when it could be read. */
export interface Sent {
  asked: Asked;
  teamName: string | null;
}

export function Intake({
  onSent,
  focusFirst = false,
}: {
  onSent: (sent: Sent) => void;
  /** Give the first question focus when the form appears (after "Nog een vraag stellen"). */
  focusFirst?: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useMe();
  const form = useKeptForm('frontdesk-ask', `${me.id}.frontdesk-ask`, EMPTY);
  const { values } = form;
  const step = Math.min(Math.max(Number.parseInt(values.step, 10) || 0, 0), LAST);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(focusFirst);

  // The new step's question takes focus after Next or Back (not on opening the page: then the h1 has it).
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
  }, [step]);

  const go = (next: number) => {
    moved.current = true;
    form.set('step', String(next));
  };

  const labels: Record<Field, string> = {
    topic: t('frontdesk.ask.topic'),
    forWhom: t('frontdesk.ask.forWhom'),
    since: t('frontdesk.ask.since'),
    tried: t('frontdesk.ask.tried'),
    text: t('frontdesk.ask.text'),
    postcode: t('frontdesk.ask.postcode'),
  };

  /** A refused answer shows the first step with a problem; the error summary links to its field. */
  const showProblem = (error: unknown): never => {
    if (error instanceof ApiError) {
      const steps = error.errors
        .map(({ path }) => fieldForPath(path, Object.keys(STEP_OF)))
        .filter((f): f is Field => f !== undefined)
        .map((f) => STEP_OF[f]);
      if (steps.length) form.set('step', String(Math.min(...steps)));
    }
    throw error;
  };

  const send = () =>
    form.submit(async () => {
      const intake = {
        ...(values.topic ? { topic: values.topic as Topic } : {}),
        ...(values.forWhom ? { forWhom: values.forWhom as ForWhom } : {}),
        ...(values.since ? { since: values.since as Since } : {}),
        ...(values.tried.trim() ? { tried: values.tried } : {}),
      };
      const body: AskBody = {
        text: values.text,
        ...(values.postcode.trim() ? { postcode: values.postcode } : {}),
        ...(Object.keys(intake).length ? { intake } : {}),
      };
      const asked = await frontdeskApi.ask(body).catch(showProblem);
      form.clear();
      // The question is in; its team's name is a courtesy, so a failed read does not fail the send.
      const view = await frontdeskApi.get(asked.id).catch(() => null);
      onSent({ asked, teamName: view?.team ?? null });
    });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (step < LAST) go(step + 1);
    else void send();
  };

  const progress = t('frontdesk.ask.progress', { step: step + 1, total: LAST + 1 });
  const common = { progress, headingRef: heading };

  return (
    <>
      <KeptNotice form={form} text={t('frontdesk.ask.restored')} clearLabel={t('frontdesk.ask.startOver')} />
      <FormFeedback form={form} labels={labels} problemTitle={t('frontdesk.ask.failed')} />
      <form
        onSubmit={onSubmit}
        noValidate
        aria-label={t('frontdesk.ask.formLabel')}
        className="wp-fd-intake wp-narrow"
      >
        {step === 0 && (
          <StepRadios
            {...common}
            id={form.idFor('topic')}
            question={labels.topic}
            description={t('frontdesk.ask.skip')}
            options={TOPICS.map((v) => ({ value: v, label: topicWord(v, i18n) }))}
            value={values.topic}
            onChange={(v) => form.set('topic', v)}
            error={form.errors.topic}
          />
        )}
        {step === 1 && (
          <StepRadios
            {...common}
            id={form.idFor('forWhom')}
            question={labels.forWhom}
            description={t('frontdesk.ask.skip')}
            options={FOR_WHOM.map((v) => ({ value: v, label: t(`frontdesk.ask.forWhom.${v}`) }))}
            value={values.forWhom}
            onChange={(v) => form.set('forWhom', v)}
            error={form.errors.forWhom}
          />
        )}
        {step === 2 && (
          <StepRadios
            {...common}
            id={form.idFor('since')}
            question={labels.since}
            description={t('frontdesk.ask.skip')}
            options={SINCE.map((v) => ({ value: v, label: t(`frontdesk.ask.since.${v}`) }))}
            value={values.since}
            onChange={(v) => form.set('since', v)}
            error={form.errors.since}
          />
        )}
        {step === 3 && (
          <StepTextArea
            {...common}
            id={form.idFor('tried')}
            question={labels.tried}
            description={t('frontdesk.ask.triedHelp')}
            maxLength={1000}
            value={values.tried}
            onChange={(v) => form.set('tried', v)}
            error={form.errors.tried}
          />
        )}
        {step === 4 && (
          <>
            <StepTextArea
              {...common}
              id={form.idFor('text')}
              question={labels.text}
              description={t('frontdesk.ask.textHelp')}
              required
              maxLength={4000}
              value={values.text}
              onChange={(v) => form.set('text', v)}
              error={form.errors.text}
            />
            <TextField
              id={form.idFor('postcode')}
              label={labels.postcode}
              description={t('frontdesk.ask.postcodeHelp')}
              autoComplete="postal-code"
              value={values.postcode}
              onChange={(v) => form.set('postcode', v)}
              error={form.errors.postcode}
            />
          </>
        )}
        <ButtonGroup className="wp-fd-step-buttons">
          {step > 0 && (
            <Button type="button" appearance="secondary-action-button" onClick={() => go(step - 1)}>
              {t('frontdesk.ask.back')}
            </Button>
          )}
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {step < LAST ? t('frontdesk.ask.next') : t('frontdesk.ask.send')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
