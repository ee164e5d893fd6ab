import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { AppLink } from '../../components/AppLink.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useForm } from '../../components/useForm.ts';
import type { FieldErrors } from '../../components/useForm.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { MAX_UPLOAD_BYTES, mapImportApi } from './api.ts';
import type { ImportTarget, UploadInput, UploadResult } from './api.ts';
import { FileField, type ChosenFile } from './FileField.tsx';
import { ImportPreview } from './ImportPreview.tsx';

export function MapImportPage() {
  const { t } = useI18n();
  const targets = useLoad(() => mapImportApi.targets());
  return (
    <>
      <PageTitle>{t('mapImport.title')}</PageTitle>
      <div className="wp-narrow">
        <Paragraph>{t('mapImport.intro')}</Paragraph>
        <Paragraph>{t('mapImport.formats')}</Paragraph>
      </div>
      <LoadState load={targets}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('mapImport.noNeighbourhoods')}</Paragraph>
          ) : (
            <ImportFlow targets={items} />
          )
        }
      </LoadState>
    </>
  );
}

/** Same default as the CLI: the file's name, so importing the same file again updates its entries. */
const suggestedSource = (files: ChosenFile[]) =>
  files.length === 0 ? '' : files.length === 1 ? files[0]!.name : 'datapackage';

function ImportFlow({ targets }: { targets: ImportTarget[] }) {
  const { t, formatNumber } = useI18n();
  const form = useForm('map-import', {
    files: [] as string[],
    neighbourhood: targets.length === 1 ? (targets[0]?.cbsCode ?? '') : '',
    source: '',
  });
  const confirmForm = useForm('map-import-confirm', {});
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [preview, setPreview] = useState<UploadResult | null>(null);
  const [done, setDone] = useState<UploadResult | null>(null);
  const [changed, setChanged] = useState(false);
  const sourceTyped = useRef(false);
  const v = form.values;
  const labels = {
    files: t('mapImport.files'),
    neighbourhood: t('mapImport.neighbourhood'),
    source: t('mapImport.source'),
  };

  // A preview holds only for the files and choices it was made of.
  const invalidatePreview = () => {
    if (preview) {
      setPreview(null);
      setChanged(true);
    }
  };

  const replaceFiles = (next: ChosenFile[]) => {
    setFiles(next);
    form.set(
      'files',
      next.map((f) => f.name),
    );
    if (!sourceTyped.current) form.set('source', suggestedSource(next));
    invalidatePreview();
  };

  const addFiles = async (list: File[]) => {
    if (!list.length) return;
    const read: ChosenFile[] = [];
    for (const file of list) {
      try {
        read.push({ name: file.name, size: file.size, content: await file.text() });
      } catch {
        form.fail({ files: t('mapImport.unreadable', { name: file.name }) });
        return;
      }
    }
    replaceFiles([...files.filter((f) => !read.some((r) => r.name === f.name)), ...read]);
  };

  const input = (): UploadInput => ({
    files: files.map(({ name, content }) => ({ name, content })),
    neighbourhood: v.neighbourhood,
    ...(v.source.trim() && { source: v.source.trim() }),
  });

  const onPreview = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!files.length) errors.files = t('mapImport.noFiles');
    if (!v.neighbourhood) errors.neighbourhood = t('mapImport.chooseNeighbourhood');
    const body = input();
    if (!errors.files && new Blob([JSON.stringify(body)]).size > MAX_UPLOAD_BYTES)
      errors.files = t('mapImport.tooLarge');
    if (Object.keys(errors).length) {
      form.fail(errors);
      return;
    }
    void form.submit(async () => {
      setPreview(null);
      setPreview(await mapImportApi.preview(body));
      setChanged(false);
    });
  };

  const onConfirm = () => {
    if (!preview) return;
    const previewId = preview.previewId;
    void confirmForm.submit(async () => {
      const result = await mapImportApi.confirm({ ...input(), previewId });
      if (result.imported) {
        setDone(result);
        setPreview(null);
      } else {
        // Refused after all (the map changed since the preview): show why.
        setPreview(result);
      }
    });
  };

  const again = () => {
    sourceTyped.current = false;
    setDone(null);
    setChanged(false);
    form.reset({ files: [], neighbourhood: v.neighbourhood, source: '' });
    setFiles([]);
    requestAnimationFrame(() => document.getElementById(form.idFor('files'))?.focus());
  };

  if (done) {
    const total = (k: 'services' | 'organizations' | 'locations') =>
      formatNumber(done.counts[k].new + done.counts[k].updated);
    return (
      <section className="wp-section">
        <Notice>
          {t('mapImport.done', {
            services: total('services'),
            organizations: total('organizations'),
            locations: total('locations'),
          })}
        </Notice>
        {done.withdrawn > 0 && (
          <Paragraph>
            {t('mapImport.withdrawnDone', { count: formatNumber(done.withdrawn), source: done.source })}
          </Paragraph>
        )}
        <Paragraph>{t('mapImport.dedupeHint')}</Paragraph>
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={again}>
            {t('mapImport.again')}
          </Button>
        </ButtonGroup>
        <Paragraph>
          <AppLink to="/sociale-kaart">{t('mapImport.toMap')}</AppLink>
        </Paragraph>
      </section>
    );
  }

  return (
    <>
      <section className="wp-section" aria-labelledby="map-import-choose-heading">
        <Heading2 id="map-import-choose-heading">{t('mapImport.chooseHeading')}</Heading2>
        <FormFeedback form={form} labels={labels} problemTitle={t('mapImport.problemTitle')} />
        <form onSubmit={onPreview} noValidate>
          <FileField
            id={form.idFor('files')}
            files={files}
            onAdd={(list) => void addFiles(list)}
            onRemove={(name) => replaceFiles(files.filter((f) => f.name !== name))}
            error={form.errors.files}
          />
          <SelectField
            id={form.idFor('neighbourhood')}
            label={labels.neighbourhood}
            description={t('mapImport.neighbourhoodDescription')}
            required
            placeholder={targets.length > 1 ? t('form.choose') : undefined}
            options={targets.map((n) => ({ value: n.cbsCode, label: `${n.name} (${n.cbsCode})` }))}
            value={v.neighbourhood}
            onChange={(x) => {
              form.set('neighbourhood', x);
              invalidatePreview();
            }}
            error={form.errors.neighbourhood}
          />
          <TextField
            id={form.idFor('source')}
            label={labels.source}
            description={t('mapImport.sourceDescription')}
            maxLength={200}
            spellCheck={false}
            value={v.source}
            onChange={(x) => {
              sourceTyped.current = true;
              form.set('source', x);
              invalidatePreview();
            }}
            error={form.errors.source}
          />
          {changed && <Paragraph>{t('mapImport.changed')}</Paragraph>}
          <ButtonGroup>
            <Button
              type="submit"
              appearance={preview ? 'secondary-action-button' : 'primary-action-button'}
              busy={form.busy}
            >
              {t('mapImport.previewButton')}
            </Button>
          </ButtonGroup>
        </form>
      </section>
      {preview && (
        <>
          <ImportPreview
            key={preview.previewId}
            result={preview}
            busy={confirmForm.busy}
            onConfirm={onConfirm}
          />
          <FormFeedback form={confirmForm} labels={{}} problemTitle={t('mapImport.importProblemTitle')} />
        </>
      )}
    </>
  );
}
