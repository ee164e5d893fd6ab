// Adding a FHIR file to the own record, and what came of it in plain words.
import {
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useForm } from '../../components/useForm.ts';
import { isMessageKey, useI18n } from '../../i18n/context.tsx';
import { MAX_IMPORT_BYTES, recordApi, type ImportResult } from './api.ts';

export function UploadSection({ onImported }: { onImported: () => void }) {
  const { t } = useI18n();
  const form = useForm('record-import', { file: '' });
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const id = form.idFor('file');
  const error = form.errors.file;
  const describedBy = [`${id}-description`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return form.fail({ file: t('record.noFile') });
    if (file.size > MAX_IMPORT_BYTES) return form.fail({ file: t('record.tooLarge') });
    void form.submit(async () => {
      setResult(null);
      let bundle: unknown;
      try {
        bundle = JSON.parse(await file.text());
      } catch {
        form.fail({ file: t('record.notJson') });
        return;
      }
      const r = await recordApi.import(bundle);
      setResult(r);
      if (!r.rejected.length) onImported();
    });
  };

  return (
    <section className="wp-section" aria-labelledby="record-upload-heading">
      <Heading2 id="record-upload-heading">{t('record.uploadHeading')}</Heading2>
      <div className="wp-narrow">
        <Paragraph>{t('record.uploadIntro')}</Paragraph>
      </div>
      <FormFeedback form={form} labels={{ file: t('record.file') }} problemTitle={t('record.problemTitle')} />
      <form onSubmit={onSubmit} noValidate>
        <FormField
          invalid={Boolean(error)}
          label={<FormLabel htmlFor={id}>{t('record.file')}</FormLabel>}
          input={
            <>
              <FormFieldDescription id={`${id}-description`}>
                {t('record.fileDescription')}
              </FormFieldDescription>
              {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
              <input
                id={id}
                name={id}
                type="file"
                required
                accept=".json,application/json,application/fhir+json"
                aria-describedby={describedBy}
                aria-invalid={error ? true : undefined}
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  form.set('file', event.target.files?.[0]?.name ?? '');
                  setResult(null);
                }}
              />
            </>
          }
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('record.uploadButton')}
          </Button>
        </ButtonGroup>
      </form>
      {result && <ImportOutcome result={result} />}
    </section>
  );
}

function ImportOutcome({ result }: { result: ImportResult }) {
  const { t, formatNumber } = useI18n();
  const typeName = (type: string) => {
    const key = `record.type.${type}`;
    return isMessageKey(key) ? t(key) : type;
  };
  const list = (counts: Record<string, number>) => (
    <UnorderedList>
      {Object.entries(counts).map(([type, count]) => (
        <UnorderedListItem key={type}>
          {t('record.typeCount', { type: typeName(type), count: formatNumber(count) })}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
  if (result.rejected.length) {
    return (
      <div className="wp-section">
        <Notice type="error">{t('record.rejected')}</Notice>
        <UnorderedList>
          {result.rejected.map((r) => (
            <UnorderedListItem key={r.index}>
              {t('record.rejectedItem', { index: formatNumber(r.index + 1), reason: r.reason })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </div>
    );
  }
  const total = Object.values(result.imported).reduce((a, b) => a + b, 0);
  const unsupported = Object.keys(result.unsupported).length > 0;
  return (
    <div className="wp-section">
      <Notice>
        {total ? t('record.imported', { count: formatNumber(total) }) : t('record.importedNothing')}
      </Notice>
      {total > 0 && (
        <>
          <Paragraph>{t('record.importedList')}</Paragraph>
          {list(result.imported)}
        </>
      )}
      {unsupported && (
        <>
          <Paragraph>{t('record.unsupportedIntro')}</Paragraph>
          {list(result.unsupported)}
        </>
      )}
    </div>
  );
}
