// Completing a referral with the message back to the referrer and the resident: the needs addressed, the
// support given, the social-map services the resident was linked to (those linked while the referral ran are
// already chosen; search and pick more), the outcome, and the wellbeing before and after (ONS4 or SWEMWBS)
// when measured. Kept across a reload until sent.
import { Alert, Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { CheckboxGroup, RequiredNote, TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { useKeptForm } from '../../components/useKeptForm.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { RadioGroup, TextAreaField } from '../consent/fields.tsx';
import { INSTRUMENTS, referralsApi, type ReferralView, type TransitionBody } from './api.ts';
import { atFields, under } from './fieldPaths.ts';
import { SearchPicker, type Choice } from './SearchPicker.tsx';

const EMPTY = {
  needsAddressed: [] as string[],
  supportGiven: '',
  sq: '',
  services: [] as string[],
  serviceLabels: [] as string[],
  outcome: '',
  instrument: '',
  before: '',
  after: '',
};

const FIELDS: [string, keyof typeof EMPTY][] = [
  ['body.outcome.needsAddressed', 'needsAddressed'],
  ['body.outcome.supportGiven', 'supportGiven'],
  ['body.outcome.linkedServiceIds', 'services'],
  ['body.outcome.outcome', 'outcome'],
  ['body.outcome.wellbeing.instrument', 'instrument'],
  ['body.outcome.wellbeing.before', 'before'],
  ['body.outcome.wellbeing.after', 'after'],
  ['body.outcome.wellbeing', 'instrument'],
  // No message back at all: the first thing to write is the support given.
  ['body.outcome', 'supportGiven'],
];
const fieldOf = (p: string) => FIELDS.find(([base]) => under(p, base))?.[1];

/** "6", "6,5" or "6.5" as a number; null when it is none. */
function score(text: string): number | null {
  const s = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

export function FeedbackForm({
  view,
  onCancel,
  onDone,
}: {
  view: ReferralView;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  // The services linked while the referral ran are the first ones the resident now goes to.
  const [initial] = useState(() => {
    const linked = view.work?.linkedServices ?? [];
    return { ...EMPTY, services: linked.map((l) => l.id), serviceLabels: linked.map((l) => l.name) };
  });
  const form = useKeptForm('referral-feedback', `${me.id}.referral-feedback.${view.id}`, initial);
  const { values } = form;
  const terms = useLoad(() => referralsApi.needs());
  // The referral's own needs first, then the other needs of the social map.
  const needOptions = [
    ...view.needs.map((n) => ({ value: n.code, label: n.name })),
    ...(terms.status === 'ready' ? terms.data : [])
      .filter((n) => !view.needs.some((m) => m.code === n.code))
      .map((n) => ({ value: n.code, label: n.name })),
  ];
  const chosen: Choice[] = values.services.map((value, i) => ({
    value,
    label: values.serviceLabels[i] ?? value,
  }));

  const labels = {
    needsAddressed: t('referrals.fb.needsAddressed'),
    supportGiven: t('referrals.fb.supportGiven'),
    services: t('referrals.fb.services'),
    outcome: t('referrals.fb.outcome'),
    instrument: t('referrals.fb.instrument'),
    before: t('referrals.fb.before'),
    after: t('referrals.fb.after'),
  };

  const findServices = (q: string) =>
    referralsApi.services(q).then((hits) =>
      hits.map((s) => ({
        value: s.id,
        label: s.organization
          ? t('referrals.serviceOption', { name: s.name, organisation: s.organization.name })
          : t('referrals.serviceOptionPlain', { name: s.name }),
      })),
    );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const before = score(values.before);
    const after = score(values.after);
    if (values.instrument && (before === null || after === null)) {
      const wrong = t('referrals.fb.notANumber');
      form.fail({
        ...(before === null ? { before: wrong } : {}),
        ...(after === null ? { after: wrong } : {}),
      });
      return;
    }
    void form.submit(async () => {
      const body: TransitionBody = {
        to: 'completed',
        outcome: {
          needsAddressed: values.needsAddressed,
          supportGiven: values.supportGiven,
          linkedServiceIds: values.services,
          outcome: values.outcome,
          ...(values.instrument && before !== null && after !== null
            ? { wellbeing: { instrument: values.instrument, before, after } }
            : {}),
        },
      };
      await referralsApi.move(view.id, body).catch(atFields(fieldOf));
      form.clear();
      onDone();
    });
  };

  return (
    <div className="wp-panel wp-step-form">
      <Heading3 id="referral-feedback-form-heading">{t('referrals.fb.heading')}</Heading3>
      <div className="wp-narrow">
        <Paragraph>{t('referrals.fb.intro')}</Paragraph>
      </div>
      {form.restored && (
        <Alert type="info">
          <Paragraph>{t('referrals.form.restored')}</Paragraph>
        </Alert>
      )}
      <FormFeedback form={form} labels={labels} problemTitle={t('referrals.moveFailed')} />
      <form onSubmit={onSubmit} noValidate aria-labelledby="referral-feedback-form-heading">
        <RequiredNote />
        <CheckboxGroup
          id={form.idFor('needsAddressed')}
          legend={labels.needsAddressed}
          options={needOptions}
          value={values.needsAddressed}
          onChange={(v) => form.set('needsAddressed', v)}
          error={form.errors.needsAddressed}
        />
        <TextAreaField
          id={form.idFor('supportGiven')}
          label={labels.supportGiven}
          required
          maxLength={4000}
          value={values.supportGiven}
          onChange={(v) => form.set('supportGiven', v)}
          error={form.errors.supportGiven}
        />
        <SearchPicker
          searchId={form.idFor('sq')}
          choiceId={form.idFor('services')}
          searchLabel={t('referrals.fb.serviceSearch')}
          searchDescription={t('referrals.fb.serviceSearchDescription')}
          legend={labels.services}
          empty={t('referrals.fb.servicesNone')}
          q={values.sq}
          onQ={(q) => form.set('sq', q)}
          find={findServices}
          multiple
          chosen={chosen}
          onChange={(next) => {
            form.set(
              'services',
              next.map((c) => c.value),
            );
            form.set(
              'serviceLabels',
              next.map((c) => c.label),
            );
          }}
          error={form.errors.services}
        />
        <TextAreaField
          id={form.idFor('outcome')}
          label={labels.outcome}
          required
          maxLength={4000}
          value={values.outcome}
          onChange={(v) => form.set('outcome', v)}
          error={form.errors.outcome}
        />
        <RadioGroup
          id={form.idFor('instrument')}
          legend={labels.instrument}
          options={[
            { value: '', label: t('referrals.fb.instrument.none') },
            ...INSTRUMENTS.map((i) => ({ value: i, label: t(`referrals.fb.instrument.${i}`) })),
          ]}
          value={values.instrument}
          onChange={(v) => form.set('instrument', v)}
          error={form.errors.instrument}
        />
        {values.instrument && (
          <>
            <TextField
              id={form.idFor('before')}
              label={labels.before}
              description={t('referrals.fb.scoreDescription')}
              required
              inputMode="decimal"
              autoComplete="off"
              value={values.before}
              onChange={(v) => form.set('before', v)}
              error={form.errors.before}
            />
            <TextField
              id={form.idFor('after')}
              label={labels.after}
              description={t('referrals.fb.scoreDescription')}
              required
              inputMode="decimal"
              autoComplete="off"
              value={values.after}
              onChange={(v) => form.set('after', v)}
              error={form.errors.after}
            />
          </>
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('referrals.fb.submit')}
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
