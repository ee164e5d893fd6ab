// A question taken down at the desk or on the phone, for someone who asks in person: the question in their
// words and how to reach them (needed: they have no account here), how it came in, and optionally what it is
// about, a postcode and, for someone in teams of several neighbourhoods, which one. The server classifies it
// into a stream and puts it in that team's queue. What is typed is kept across a reload.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { RequiredNote, SelectField, TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { useKeptForm } from '../../components/useKeptForm.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { RadioGroup, TextAreaField } from '../consent/fields.tsx';
import { frontdeskApi, TOPICS, type AskBody, type Channel, type Team, type Topic } from './api.ts';
import { streamWord, topicWord } from './words.ts';

const EMPTY = { channel: 'desk', text: '', contact: '', topic: '', postcode: '', neighbourhoodId: '' };
const CHANNELS: Exclude<Channel, 'online'>[] = ['desk', 'phone'];

export function DeskForm({
  teams,
  onSaved,
}: {
  teams: Team[];
  onSaved: (message: string, id: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useMe();
  const form = useKeptForm('frontdesk-desk', `${me.id}.frontdesk-desk`, EMPTY);
  const { values } = form;
  const neighbourhoods = [
    ...new Map(teams.map((team) => [team.neighbourhood.id, team.neighbourhood])).values(),
  ];
  // What the list shows is what is sent: the first neighbourhood until another is chosen.
  const neighbourhoodId = neighbourhoods.some((n) => n.id === values.neighbourhoodId)
    ? values.neighbourhoodId
    : (neighbourhoods[0]?.id ?? '');

  const labels = {
    channel: t('frontdesk.desk.channel'),
    text: t('frontdesk.desk.text'),
    contact: t('frontdesk.desk.contact'),
    topic: t('frontdesk.desk.topic'),
    postcode: t('frontdesk.desk.postcode'),
    neighbourhoodId: t('frontdesk.desk.neighbourhood'),
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      // Empty optional fields are left out, so the server names a missing contact in its own words.
      const body: AskBody = {
        text: values.text,
        channel: values.channel === 'phone' ? 'phone' : 'desk',
        ...(values.contact.trim() ? { contact: values.contact } : {}),
        ...(values.postcode.trim() ? { postcode: values.postcode } : {}),
        ...(neighbourhoods.length > 1 ? { neighbourhoodId: neighbourhoodId } : {}),
        ...(values.topic ? { intake: { topic: values.topic as Topic } } : {}),
      };
      const asked = await frontdeskApi.ask(body);
      form.clear();
      const stream = streamWord(asked.stream, i18n);
      onSaved(
        asked.urgent ? t('frontdesk.desk.savedUrgent', { stream }) : t('frontdesk.desk.saved', { stream }),
        asked.id,
      );
    });
  };

  return (
    <section className="wp-section" aria-labelledby="frontdesk-desk-heading">
      <Heading2 id="frontdesk-desk-heading">{t('frontdesk.desk.heading')}</Heading2>
      <Paragraph className="wp-narrow">{t('frontdesk.desk.intro')}</Paragraph>
      <FormFeedback form={form} labels={labels} problemTitle={t('frontdesk.desk.failed')} />
      <form onSubmit={onSubmit} noValidate aria-labelledby="frontdesk-desk-heading" className="wp-narrow">
        <RequiredNote />
        <RadioGroup
          id={form.idFor('channel')}
          legend={labels.channel}
          options={CHANNELS.map((c) => ({ value: c, label: t(`frontdesk.channel.${c}`) }))}
          value={values.channel}
          onChange={(v) => form.set('channel', v)}
          error={form.errors.channel}
        />
        <TextAreaField
          id={form.idFor('text')}
          label={labels.text}
          description={t('frontdesk.desk.textHelp')}
          required
          maxLength={4000}
          rows={5}
          value={values.text}
          onChange={(v) => form.set('text', v)}
          error={form.errors.text}
        />
        <TextField
          id={form.idFor('contact')}
          label={labels.contact}
          description={t('frontdesk.desk.contactHelp')}
          required
          maxLength={300}
          autoComplete="off"
          value={values.contact}
          onChange={(v) => form.set('contact', v)}
          error={form.errors.contact}
        />
        <SelectField
          id={form.idFor('topic')}
          label={labels.topic}
          placeholder={t('frontdesk.desk.topicNone')}
          options={TOPICS.filter((v) => v !== 'not_sure').map((v) => ({
            value: v,
            label: topicWord(v, i18n),
          }))}
          value={values.topic}
          onChange={(v) => form.set('topic', v)}
          error={form.errors.topic}
        />
        <TextField
          id={form.idFor('postcode')}
          label={labels.postcode}
          description={t('frontdesk.desk.postcodeHelp')}
          autoComplete="off"
          value={values.postcode}
          onChange={(v) => form.set('postcode', v)}
          error={form.errors.postcode}
        />
        {neighbourhoods.length > 1 && (
          <SelectField
            id={form.idFor('neighbourhoodId')}
            label={labels.neighbourhoodId}
            options={neighbourhoods.map((n) => ({ value: n.id, label: n.name }))}
            value={neighbourhoodId}
            onChange={(v) => form.set('neighbourhoodId', v)}
            error={form.errors.neighbourhoodId}
          />
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('frontdesk.desk.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
