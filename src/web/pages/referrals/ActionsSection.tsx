// "Wat wilt u doen?": a button for each step the server allows the caller from here. Steps without words
// (received, accepted, in-progress) are taken at once; declining, pausing, stopping and withdrawing ask for a
// reason first; completing asks for the message back.
import { Button, ButtonGroup, Heading2, Heading3 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { RequiredNote } from '../../components/fields.tsx';
import { useForm } from '../../components/useForm.ts';
import { useI18n } from '../../i18n/context.tsx';
import { TextAreaField } from '../consent/fields.tsx';
import { NEEDS_REASON, referralsApi, type ReferralView } from './api.ts';
import { atFields } from './fieldPaths.ts';
import { FeedbackForm } from './FeedbackForm.tsx';
import { actionWord, doneWord, isStep, type Step } from './words.ts';

type Asking = Extract<Step, 'rejected' | 'on-hold' | 'failed' | 'cancelled'>;
const asksReason = (s: Step): s is Asking => NEEDS_REASON.has(s) || s === 'cancelled';

export function ActionsSection({
  view,
  onMoved,
}: {
  view: ReferralView;
  onMoved: (message: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState<Step | null>(null);
  const move = useForm('referral-move', {});
  const steps = view.allowedTransitions.filter(isStep);
  const done = (to: Step) => onMoved(doneWord(to, view.status, i18n));

  const take = (to: Step) => {
    if (to === 'completed' || asksReason(to)) {
      setOpen(to);
      return;
    }
    void move.submit(async () => {
      await referralsApi.move(view.id, { to });
      done(to);
    });
  };

  return (
    <section className="wp-section" aria-labelledby="referral-actions-heading">
      <Heading2 id="referral-actions-heading">{t('referrals.actionsHeading')}</Heading2>
      <FormFeedback form={move} labels={{}} problemTitle={t('referrals.moveFailed')} />
      <ButtonGroup>
        {steps.map((to) => (
          <Button
            key={to}
            appearance={
              to === 'cancelled' || to === 'rejected' || to === 'failed'
                ? 'secondary-action-button'
                : 'primary-action-button'
            }
            busy={move.busy}
            aria-expanded={to === 'completed' || asksReason(to) ? open === to : undefined}
            onClick={() => take(to)}
          >
            {actionWord(to, view.status, i18n)}
          </Button>
        ))}
      </ButtonGroup>
      {open && asksReason(open) && (
        <ReasonForm
          key={open}
          view={view}
          to={open}
          onCancel={() => setOpen(null)}
          onDone={() => done(open)}
        />
      )}
      {open === 'completed' && (
        <FeedbackForm view={view} onCancel={() => setOpen(null)} onDone={() => done('completed')} />
      )}
    </section>
  );
}

function ReasonForm({
  view,
  to,
  onCancel,
  onDone,
}: {
  view: ReferralView;
  to: Asking;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const form = useForm('referral-reason', { reason: '' });
  const required = NEEDS_REASON.has(to);
  const headingId = 'referral-reason-heading';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      const reason = form.values.reason.trim();
      await referralsApi
        .move(view.id, { to, ...(reason ? { reason } : {}) })
        .catch(atFields((p) => (p === 'body.reason' ? 'reason' : undefined)));
      onDone();
    });
  };

  return (
    <div className="wp-panel wp-step-form">
      <Heading3 id={headingId}>{t(`referrals.reasonHeading.${to}`)}</Heading3>
      <FormFeedback
        form={form}
        labels={{ reason: t('referrals.reason') }}
        problemTitle={t('referrals.moveFailed')}
      />
      <form onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
        {required && <RequiredNote />}
        <TextAreaField
          id={form.idFor('reason')}
          label={t('referrals.reason')}
          description={required ? t('referrals.reasonRequired') : t('referrals.reasonOptional')}
          required={required}
          maxLength={2000}
          value={form.values.reason}
          onChange={(v) => form.set('reason', v)}
          error={form.errors.reason}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t(`referrals.confirm.${to}`)}
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
