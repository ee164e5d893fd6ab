// The sources table (owner, last import with "Te laat" in words, counts), the conflict report per source,
// and the form to change a source's owner, contact, format and refresh interval.
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { DataTable } from '../../components/DataTable.tsx';
import { TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useForm } from '../../components/useForm.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { formatDay } from '../map-editing/status.ts';
import { conflictsCsvUrl, mapDedupeApi, type Source, type SourceDraft } from './api.ts';
import { LiveStatus } from './LiveStatus.tsx';

export function SourceList({ reloadKey }: { reloadKey: string }) {
  const { t } = useI18n();
  const sources = useLoad(() => mapDedupeApi.sources(), reloadKey);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());

  const stopEditing = (sourceId: string) => {
    setEditing(null);
    requestAnimationFrame(() => editButtons.current.get(sourceId)?.focus());
  };

  return (
    <section className="wp-section" aria-labelledby="dedupe-sources-heading">
      <Heading2 id="dedupe-sources-heading">{t('mapDedupe.list.heading')}</Heading2>
      <Paragraph className="wp-narrow">{t('mapDedupe.list.conflictsHelp')}</Paragraph>
      <LiveStatus message={message} />
      <LoadState load={sources}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('mapDedupe.list.none')}</Paragraph>
          ) : (
            <>
              <SourceTable
                sources={items}
                onEdit={(s) => {
                  setMessage(null);
                  setEditing(s.id);
                }}
                buttonRef={(id, el) => {
                  if (el) editButtons.current.set(id, el);
                  else editButtons.current.delete(id);
                }}
              />
              {items
                .filter((s) => s.id === editing)
                .map((s) => (
                  <SourceForm
                    key={s.id}
                    source={s}
                    onCancel={() => stopEditing(s.id)}
                    onSaved={(saved) => {
                      setMessage(t('mapDedupe.edit.saved', { name: saved.name }));
                      sources.reload();
                      stopEditing(s.id);
                    }}
                  />
                ))}
            </>
          )
        }
      </LoadState>
    </section>
  );
}

function SourceTable({
  sources,
  onEdit,
  buttonRef,
}: {
  sources: Source[];
  onEdit: (source: Source) => void;
  buttonRef: (id: string, el: HTMLButtonElement | null) => void;
}) {
  const { t, locale, formatNumber } = useI18n();
  return (
    <DataTable<Source>
      caption={t('mapDedupe.list.caption')}
      captionHidden
      rows={sources}
      rowKey={(s) => s.id}
      columns={[
        {
          header: t('mapDedupe.list.colName'),
          rowHeader: true,
          cell: (s) => (
            <>
              <span className="wp-dedupe-name">{s.name}</span>
              <span className="wp-dedupe-line">
                {s.regionName
                  ? t('mapDedupe.list.region', { name: s.regionName })
                  : t('mapDedupe.list.allRegions')}
              </span>
            </>
          ),
        },
        {
          header: t('mapDedupe.list.colOwner'),
          cell: (s) => (
            <>
              <span className="wp-dedupe-line">{s.owner ?? t('common.notKnown')}</span>
              {s.contact && <span className="wp-dedupe-line">{s.contact}</span>}
              {s.format && <span className="wp-dedupe-line">{s.format}</span>}
            </>
          ),
        },
        {
          header: t('mapDedupe.list.colLastImport'),
          cell: (s) => (
            <>
              <span className="wp-dedupe-line">
                {s.lastImportedAt ? formatDay(s.lastImportedAt, locale) : t('mapDedupe.list.never')}
              </span>
              {s.refreshIntervalDays !== null && (
                <span className="wp-dedupe-line">
                  {t('mapDedupe.list.every', { days: s.refreshIntervalDays })}
                </span>
              )}
              {s.overdue && <strong className="wp-dedupe-flag">{t('mapDedupe.list.overdue')}</strong>}
            </>
          ),
        },
        {
          header: t('mapDedupe.list.colCounts'),
          cell: (s) =>
            t('mapDedupe.list.counts', {
              services: formatNumber(s.counts.services),
              organizations: formatNumber(s.counts.organizations),
              withdrawn: formatNumber(s.counts.withdrawn),
              merged: formatNumber(s.counts.merged),
            }),
        },
        {
          header: t('mapDedupe.list.colActions'),
          cell: (s) => (
            <>
              <ButtonGroup>
                <Button
                  appearance="secondary-action-button"
                  ref={(el: HTMLButtonElement | null) => buttonRef(s.id, el)}
                  onClick={() => onEdit(s)}
                >
                  {t('mapDedupe.list.edit')}
                  <span className="wp-visually-hidden">{t('mapDedupe.list.ofSource', { name: s.name })}</span>
                </Button>
              </ButtonGroup>
              <Paragraph>
                <a className="utrecht-link utrecht-link--html-a" href={conflictsCsvUrl(s.id)} download>
                  {t('mapDedupe.list.conflicts')}
                  <span className="wp-visually-hidden">{t('mapDedupe.list.ofSource', { name: s.name })}</span>
                </a>
              </Paragraph>
            </>
          ),
        },
      ]}
    />
  );
}

/** A number of days as typed: a whole number is sent as a number, anything else as typed. */
function interval(text: string): number | string | null {
  const v = text.trim();
  if (!v) return null;
  return /^\d+$/.test(v) ? Number(v) : v;
}

function SourceForm({
  source: s,
  onCancel,
  onSaved,
}: {
  source: Source;
  onCancel: () => void;
  onSaved: (source: Source) => void;
}) {
  const { t } = useI18n();
  const form = useForm(`dedupe-source-${s.id}`, {
    owner: s.owner ?? '',
    contact: s.contact ?? '',
    format: s.format ?? '',
    refreshIntervalDays: s.refreshIntervalDays === null ? '' : String(s.refreshIntervalDays),
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const v = form.values;
  const labels = {
    owner: t('mapDedupe.edit.owner'),
    contact: t('mapDedupe.edit.contact'),
    format: t('mapDedupe.edit.format'),
    refreshIntervalDays: t('mapDedupe.edit.interval'),
  };

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body: SourceDraft = {
      owner: v.owner.trim() || null,
      contact: v.contact.trim() || null,
      format: v.format.trim() || null,
      refreshIntervalDays: interval(v.refreshIntervalDays),
    };
    void form.submit(async () => {
      onSaved(await mapDedupeApi.updateSource(s.id, body));
    });
  };

  const headingId = `dedupe-source-${s.id}-heading`;
  return (
    <section className="wp-section wp-narrow wp-panel" aria-labelledby={headingId}>
      <Heading3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('mapDedupe.edit.heading', { name: s.name })}
      </Heading3>
      <FormFeedback form={form} labels={labels} problemTitle={t('mapDedupe.edit.problemTitle')} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id={form.idFor('owner')}
          label={labels.owner}
          description={t('mapDedupe.edit.ownerHelp')}
          maxLength={200}
          value={v.owner}
          onChange={(x) => form.set('owner', x)}
          error={form.errors.owner}
        />
        <TextField
          id={form.idFor('contact')}
          label={labels.contact}
          description={t('mapDedupe.edit.contactHelp')}
          maxLength={200}
          value={v.contact}
          onChange={(x) => form.set('contact', x)}
          error={form.errors.contact}
        />
        <TextField
          id={form.idFor('format')}
          label={labels.format}
          description={t('mapDedupe.edit.formatHelp')}
          maxLength={100}
          value={v.format}
          onChange={(x) => form.set('format', x)}
          error={form.errors.format}
        />
        <TextField
          id={form.idFor('refreshIntervalDays')}
          label={labels.refreshIntervalDays}
          description={t('mapDedupe.edit.intervalHelp')}
          inputMode="numeric"
          value={v.refreshIntervalDays}
          onChange={(x) => form.set('refreshIntervalDays', x)}
          error={form.errors.refreshIntervalDays}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('mapDedupe.edit.save')}
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t('mapDedupe.edit.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
