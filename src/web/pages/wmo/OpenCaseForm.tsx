// Opening a case for a new report: the resident is found by the exact e-mail address she uses in Wijkpunt
// (the server logs the look-up in her access log), then the subject and the day of the report. The case's
// page opens next.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { RequiredNote, TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { useKeptForm } from '../../components/useKeptForm.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { KeptNotice } from '../../components/KeptNotice.tsx';
import { casePath, wmoApi } from './api.ts';

const EMPTY = { email: '', subject: '', reportedOn: '' };

export function OpenCaseForm() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const form = useKeptForm('wmo-case', `${me.id}.wmo-case`, EMPTY);
  const { values } = form;
  // Who the address belongs to; forgotten as soon as the address changes.
  const [resident, setResident] = useState<{ id: string; name: string } | null>(null);
  const labels = {
    email: t('wmo.open.email'),
    subject: t('wmo.open.subject'),
    reportedOn: t('wmo.open.reportedOn'),
  };

  const lookup = async () => {
    const found = await wmoApi.findResident(values.email.trim());
    setResident(found);
    return found;
  };

  const find = () => void form.submit(async () => void (await lookup()));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Enter in the address field looks the resident up; it does not open the case yet.
    if (!resident && document.activeElement?.id === form.idFor('email')) {
      find();
      return;
    }
    void form.submit(async () => {
      const residentId = resident?.id ?? (await lookup()).id;
      const out = await wmoApi.openCase({
        residentId,
        subject: values.subject.trim(),
        reportedOn: values.reportedOn,
      });
      form.clear();
      setResident(null);
      await navigate(casePath(out.id), { state: { opened: true } });
    });
  };

  return (
    <section className="wp-section" aria-labelledby="wmo-open-heading">
      <Heading2 id="wmo-open-heading">{t('wmo.open.heading')}</Heading2>
      <div className="wp-narrow">
        <Paragraph>{t('wmo.open.intro')}</Paragraph>
      </div>
      <KeptNotice form={form} />
      <FormFeedback form={form} labels={labels} problemTitle={t('wmo.open.failed')} />
      <form onSubmit={onSubmit} noValidate aria-labelledby="wmo-open-heading">
        <RequiredNote />
        <TextField
          id={form.idFor('email')}
          label={labels.email}
          description={t('wmo.open.emailDescription')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          required
          value={values.email}
          onChange={(v) => {
            form.set('email', v);
            setResident(null);
          }}
          error={form.errors.email}
        />
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={find} busy={form.busy}>
            {t('wmo.open.find')}
          </Button>
        </ButtonGroup>
        <Paragraph role="status" className="wp-search-status">
          {resident ? t('wmo.open.found', { name: resident.name }) : ''}
        </Paragraph>
        <TextField
          id={form.idFor('subject')}
          label={labels.subject}
          description={t('wmo.open.subjectDescription')}
          required
          maxLength={500}
          value={values.subject}
          onChange={(v) => form.set('subject', v)}
          error={form.errors.subject}
        />
        <TextField
          id={form.idFor('reportedOn')}
          label={labels.reportedOn}
          description={t('wmo.open.reportedOnDescription')}
          type="date"
          required
          value={values.reportedOn}
          onChange={(v) => form.set('reportedOn', v)}
          error={form.errors.reportedOn}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('wmo.open.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
