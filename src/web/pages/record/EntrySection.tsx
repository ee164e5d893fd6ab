// One entry of the own record (/mijn-dossier?gegeven=<id>): what it is, where it came from, and what the
// resident may do with it, as the server says (`can`): change or delete what they entered themself (delete
// after a confirmation), or ask the source of an imported entry to correct it.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { AppLink } from '../../components/AppLink.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useForm } from '../../components/useForm.ts';
import { useKeptForm } from '../../components/useKeptForm.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import { entriesApi, type EntryView } from './entriesApi.ts';
import { KeptNotice } from '../../components/KeptNotice.tsx';
import { MeasurementForm } from './MeasurementForm.tsx';
import { GoalForm, NoteForm, TextAreaField } from './NoteForms.tsx';
import { codesText, dateText, statusText } from './words.ts';

export function EntrySection({ id }: { id: string }) {
  const [deleted, setDeleted] = useState<EntryView | null>(null);
  const entry = useLoad(() => entriesApi.get(id), id);
  if (deleted) return <Deleted entry={deleted} />;
  // reload() keeps the page (and the form's "saved") on screen while the changed entry is read again.
  return (
    <LoadState load={entry}>
      {(data) => <Entry entry={data} onChanged={entry.reload} onDeleted={() => setDeleted(data)} />}
    </LoadState>
  );
}

const partPath = (e: EntryView) => `/mijn-dossier?deel=${e.category}`;

function Deleted({ entry }: { entry: EntryView }) {
  const { t } = useI18n();
  return (
    <>
      <Notice>{t('record.entry.deleted')}</Notice>
      <Paragraph>
        <AppLink to={partPath(entry)}>
          {t('record.entry.back', { part: t(`record.cat.${entry.category}`) })}
        </AppLink>
      </Paragraph>
    </>
  );
}

function Entry({
  entry,
  onChanged,
  onDeleted,
}: {
  entry: EntryView;
  onChanged: () => void;
  onDeleted: () => void;
}) {
  const { t, locale } = useI18n();
  const i = entry.item;
  // The words for the end date and the detail of this kind of entry: a goal's target date, a note's text.
  const endLabel = i.resourceType === 'Goal' ? t('record.goal.target') : t('record.until');
  const detailLabel =
    i.resourceType === 'Observation'
      ? t('record.value')
      : entry.category === 'notes' && i.resourceType === 'DocumentReference'
        ? t('record.note.text')
        : t('record.detail');
  const rows: [string, string][] = [
    [t('record.what'), i.what.text],
    [t('record.date'), dateText(locale, i.date)],
    ...(i.endDate ? [[endLabel, dateText(locale, i.endDate)] as [string, string]] : []),
    ...(i.detail ? [[detailLabel, i.detail] as [string, string]] : []),
    ...(i.status ? [[t('record.status'), statusText(t, i.status)] as [string, string]] : []),
    [t('record.part'), t(`record.cat.${entry.category}`)],
    [
      t('record.entry.source'),
      entry.own ? t('record.entry.sourceOwn') : t('record.entry.sourceOther', { source: entry.source }),
    ],
    ...(i.what.codes.length ? [[t('record.code'), codesText(i.what)] as [string, string]] : []),
  ];
  const edit = entry.can.edit && entry.input;
  return (
    <>
      <Paragraph className="wp-no-print">
        <AppLink to={partPath(entry)}>
          {t('record.entry.back', { part: t(`record.cat.${entry.category}`) })}
        </AppLink>
      </Paragraph>
      <dl className="wp-record-entry">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {edit && edit.type === 'measurement' && (
        <MeasurementForm edit={{ id: entry.id, input: edit }} onSaved={onChanged} />
      )}
      {edit && edit.type === 'note' && <NoteForm edit={{ id: entry.id, input: edit }} onSaved={onChanged} />}
      {edit && edit.type === 'goal' && <GoalForm edit={{ id: entry.id, input: edit }} onSaved={onChanged} />}
      {entry.can.delete && <DeleteEntry entry={entry} onDeleted={onDeleted} />}
      {entry.can.requestCorrection && <Correction entry={entry} onSent={onChanged} />}
    </>
  );
}

function DeleteEntry({ entry, onDeleted }: { entry: EntryView; onDeleted: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const form = useForm('record-delete', {});
  return (
    <section className="wp-section wp-record-form" aria-labelledby="record-delete-heading">
      <Heading2 id="record-delete-heading">{t('record.entry.deleteHeading')}</Heading2>
      <FormFeedback form={form} labels={{}} problemTitle={t('record.entry.deleteProblem')} />
      {asking ? (
        <div role="group" aria-labelledby="record-delete-question" className="wp-panel">
          <Paragraph id="record-delete-question">{t('record.entry.deleteConfirm')}</Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              busy={form.busy}
              autoFocus
              onClick={() =>
                void form.submit(async () => {
                  await entriesApi.remove(entry.id);
                  onDeleted();
                })
              }
            >
              {t('record.entry.deleteYes')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setAsking(false)}>
              {t('record.entry.deleteNo')}
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <Button appearance="secondary-action-button" onClick={() => setAsking(true)}>
          {t('record.entry.delete')}
        </Button>
      )}
    </section>
  );
}

function Correction({ entry, onSent }: { entry: EntryView; onSent: () => void }) {
  const { t, formatDateTime } = useI18n();
  const me = useMe();
  const form = useKeptForm('record-correction', `${me.id}.record-correction.${entry.id}`, { message: '' });
  const [sent, setSent] = useState(false);
  const labels = { message: t('record.correction.message') };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    void form.submit(async () => {
      await entriesApi.requestCorrection(entry.id, form.values.message);
      form.clear();
      setSent(true);
      onSent();
    });
  };
  return (
    <section className="wp-section wp-record-form" aria-labelledby="record-correction-heading">
      <Heading2 id="record-correction-heading">{t('record.correction.heading')}</Heading2>
      <div className="wp-narrow">
        <Paragraph>{t('record.correction.intro')}</Paragraph>
      </div>
      {entry.corrections.length > 0 && (
        <>
          <Paragraph>
            {t('record.correction.asked', { date: formatDateTime(entry.corrections[0]!.createdAt) })}
          </Paragraph>
          <ul className="wp-record-corrections">
            {entry.corrections.map((c) => (
              <li key={c.id}>
                <strong>{formatDateTime(c.createdAt)}</strong>: {c.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <KeptNotice form={form} />
      <FormFeedback form={form} labels={labels} problemTitle={t('record.correction.problemTitle')} />
      {sent && !form.busy && <Notice>{t('record.correction.sent')}</Notice>}
      <form onSubmit={onSubmit} noValidate className="wp-narrow">
        <TextAreaField
          id={form.idFor('message')}
          label={labels.message}
          description={t('record.correction.messageDescription')}
          value={form.values.message}
          onChange={(v) => form.set('message', v)}
          error={form.errors.message}
          required
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('record.correction.send')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
