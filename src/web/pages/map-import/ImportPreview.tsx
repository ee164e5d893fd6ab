import { Alert, Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { DataTable } from '../../components/DataTable.tsx';
import { FormHeading } from '../../components/FormHeading.tsx';
import { isMessageKey, useI18n } from '../../i18n/context.tsx';
import type { UploadProblem, UploadResult } from './api.ts';

const KINDS = ['services', 'organizations', 'locations'] as const;
type Kind = (typeof KINDS)[number];

/** The counts of a preview, and every refused record with its field and reason. */
export function ImportPreview({
  result,
  busy,
  onConfirm,
}: {
  result: UploadResult;
  busy: boolean;
  onConfirm: () => void;
}) {
  const { t, formatNumber } = useI18n();
  const refused = result.refused.length > 0;
  const kindLabel = (k: Kind) => t(`mapImport.${k}`);
  return (
    <section className="wp-section" aria-labelledby="map-import-preview-heading">
      <FormHeading id="map-import-preview-heading">{t('mapImport.previewHeading')}</FormHeading>
      <Paragraph>{t('mapImport.previewNothingSaved')}</Paragraph>
      <Paragraph>
        {t('mapImport.previewFor', {
          neighbourhood: `${result.neighbourhood.name} (${result.neighbourhood.cbsCode})`,
          source: result.source,
        })}
      </Paragraph>
      {refused ? (
        <>
          <Alert type="error">
            <Heading3>{t('mapImport.refusedTitle', { count: formatNumber(result.refused.length) })}</Heading3>
            <Paragraph>{t('mapImport.refusedIntro')}</Paragraph>
          </Alert>
          <ProblemTable caption={t('mapImport.refusedCaption')} problems={result.refused} />
        </>
      ) : (
        <DataTable<Kind>
          caption={t('mapImport.countsCaption')}
          rows={[...KINDS]}
          rowKey={(k) => k}
          columns={[
            { header: t('mapImport.kind'), cell: kindLabel, rowHeader: true },
            { header: t('mapImport.new'), cell: (k) => formatNumber(result.counts[k].new), numeric: true },
            {
              header: t('mapImport.updated'),
              cell: (k) => formatNumber(result.counts[k].updated),
              numeric: true,
            },
          ]}
        />
      )}
      {!refused && result.withdrawn > 0 && (
        <Alert type="warning">
          <Paragraph>
            {t(result.imported ? 'mapImport.withdrawnDone' : 'mapImport.withdrawnPreview', {
              count: formatNumber(result.withdrawn),
              source: result.source,
            })}
          </Paragraph>
        </Alert>
      )}
      {result.warnings.length > 0 && (
        <ProblemTable caption={t('mapImport.warningsCaption')} problems={result.warnings} />
      )}
      <Paragraph id="map-import-confirm-help">
        {refused ? t('mapImport.importBlocked') : t('mapImport.importReady')}
      </Paragraph>
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          disabled={refused}
          busy={busy}
          aria-describedby="map-import-confirm-help"
          onClick={onConfirm}
        >
          {t('mapImport.importButton')}
        </Button>
      </ButtonGroup>
    </section>
  );
}

export function ProblemTable({ caption, problems }: { caption: string; problems: UploadProblem[] }) {
  const { t } = useI18n();
  // HSDS table names in plain words where we have them; the rest as HSDS names them.
  const tableName = (table: string) => {
    const key = `mapImport.tableName.${table}`;
    return isMessageKey(key) ? t(key) : table;
  };
  return (
    <DataTable<UploadProblem>
      caption={caption}
      rows={problems}
      rowKey={(p, i) => `${p.table}:${p.id}:${p.field}:${i}`}
      columns={[
        { header: t('mapImport.table'), cell: (p) => tableName(p.table), rowHeader: true },
        { header: t('mapImport.name'), cell: (p) => p.name ?? '–' },
        { header: t('mapImport.field'), cell: (p) => p.field },
        { header: t('mapImport.reason'), cell: (p) => p.reason },
        { header: t('mapImport.record'), cell: (p) => p.id },
      ]}
    />
  );
}
