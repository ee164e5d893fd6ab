import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { DragEvent } from 'react';
import { useI18n } from '../../i18n/context.tsx';

export interface ChosenFile {
  name: string;
  size: number;
  content: string;
}

interface Props {
  id: string;
  files: ChosenFile[];
  onAdd: (files: File[]) => void;
  onRemove: (name: string) => void;
  error?: string;
}

/**
 * A native file input (keyboard and screen reader friendly) with the chosen files listed below it. Files
 * dropped on the panel are added as well; choosing again adds to the list, so a package can be put
 * together from several folders.
 */
export function FileField({ id, files, onAdd, onRemove, error }: Props) {
  const { t, formatNumber } = useI18n();
  const describedBy = [`${id}-description`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    onAdd(Array.from(event.dataTransfer.files));
  };
  return (
    <div className="wp-panel" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
      <FormField
        invalid={Boolean(error)}
        label={
          <>
            <FormLabel htmlFor={id}>{t('mapImport.files')}</FormLabel>
            <span className="wp-required" aria-hidden="true" title={t('form.requiredMark')}>
              {' *'}
            </span>
          </>
        }
        input={
          <>
            <FormFieldDescription id={`${id}-description`}>
              {t('mapImport.filesDescription')}
            </FormFieldDescription>
            {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
            <input
              id={id}
              name={id}
              type="file"
              multiple
              required
              accept=".json,.ndjson,.jsonl,.csv,application/json,text/csv"
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              onChange={(event) => {
                onAdd(Array.from(event.target.files ?? []));
                // Choosing the same file again (after changing it) must be seen as a change.
                event.target.value = '';
              }}
            />
          </>
        }
      />
      {files.length > 0 && (
        <>
          <Paragraph id={`${id}-chosen`}>{t('mapImport.chosenFiles')}</Paragraph>
          <UnorderedList aria-labelledby={`${id}-chosen`}>
            {files.map((f) => (
              <UnorderedListItem key={f.name}>
                {t('mapImport.fileSize', {
                  name: f.name,
                  size: formatNumber(Math.max(1, Math.round(f.size / 1024))),
                })}{' '}
                <Button
                  appearance="subtle-button"
                  aria-label={t('mapImport.removeFileLabel', { name: f.name })}
                  onClick={() => onRemove(f.name)}
                >
                  {t('mapImport.removeFile')}
                </Button>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </div>
  );
}
