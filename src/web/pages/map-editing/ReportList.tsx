// Problem reports of an entry (or of the worklist): what is wrong, when, and a form to close one with a
// note. The reporter's e-mail shows only to those who may read it (the server decides).
import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { AppLink } from '../../components/AppLink.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { useForm } from '../../components/useForm.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { MessageKey } from '../../i18n/context.tsx';
import { mapEditingApi, type Report } from './api.ts';
import { TextAreaField } from './fields.tsx';
import { paths } from './paths.ts';

export function ReportList({
  reports,
  onClosed,
  showEntry,
}: {
  reports: Report[];
  onClosed: (report: Report) => void;
  /** Name the entry with a link (the worklist); the entry page leaves it out. */
  showEntry?: boolean;
}) {
  const { t } = useI18n();
  if (reports.length === 0) return <Paragraph>{t('mapEdit.reports.none')}</Paragraph>;
  return (
    <ul className="wp-edit-cards">
      {reports.map((r) => (
        <li key={r.id} className="wp-panel">
          <ReportItem report={r} onClosed={onClosed} showEntry={showEntry ?? false} />
        </li>
      ))}
    </ul>
  );
}

function ReportItem({
  report: r,
  onClosed,
  showEntry,
}: {
  report: Report;
  onClosed: (report: Report) => void;
  showEntry: boolean;
}) {
  const { t, formatDateTime } = useI18n();
  const [open, setOpen] = useState(false);
  const form = useForm(`report-${r.id}`, { note: '' });
  const noteId = form.idFor('note');
  useEffect(() => {
    if (open) document.getElementById(noteId)?.focus();
  }, [open, noteId]);
  const kind = t(`mapEdit.reportKind.${r.kind}` as MessageKey);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(async () => {
      onClosed(await mapEditingApi.closeReport(r.id, form.values.note));
    });
  };
  return (
    <>
      <Heading3>
        {showEntry ? t('mapEdit.reports.titleWithEntry', { kind, name: r.serviceName }) : kind}
      </Heading3>
      <Paragraph className="wp-edit-quote">{r.description}</Paragraph>
      <Paragraph small>
        {t('mapEdit.reports.received', { date: formatDateTime(r.createdAt) })}
        {r.reporterEmail && ` · ${t('mapEdit.reports.reporter', { email: r.reporterEmail })}`}
      </Paragraph>
      {showEntry && (
        <Paragraph>
          <AppLink to={paths.entry(r.serviceId)}>
            {t('mapEdit.reports.openEntry', { name: r.serviceName })}
          </AppLink>
        </Paragraph>
      )}
      {r.status === 'closed' ? (
        <Paragraph>
          {t('mapEdit.reports.closed', { date: r.closedAt ? formatDateTime(r.closedAt) : '' })} {r.closeNote}
        </Paragraph>
      ) : open ? (
        <form onSubmit={onSubmit} noValidate aria-label={t('mapEdit.reports.closeFormLabel', { kind })}>
          <FormFeedback form={form} labels={{ note: t('mapEdit.reports.note') }} />
          <TextAreaField
            id={form.idFor('note')}
            label={t('mapEdit.reports.note')}
            description={t('mapEdit.reports.noteHelp')}
            required
            rows={2}
            value={form.values.note}
            onChange={(x) => form.set('note', x)}
            error={form.errors.note}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={form.busy}>
              {t('mapEdit.reports.closeSubmit')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setOpen(false)}>
              {t('form.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
          {t('mapEdit.reports.close')}
          <span className="wp-visually-hidden">
            : {showEntry ? t('mapEdit.reports.titleWithEntry', { kind, name: r.serviceName }) : kind}
          </span>
        </Button>
      )}
    </>
  );
}
