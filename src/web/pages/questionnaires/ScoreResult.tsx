// The linked scorer's result after a questionnaire, for now: the total and what it means, in plain words,
// and no diagnosis. A thought of death or self-harm (the PHQ-9's item 9, flag "item9") comes first, with
// where to talk now. The health check replaces this with its own report.
import { Alert, Heading3, Paragraph } from '@utrecht/component-library-react';
import { isMessageKey, useI18n } from '../../i18n/context.tsx';
import type { Score } from './api.ts';

export function ScoreResult({ score }: { score: Score | undefined }) {
  const { t, formatNumber } = useI18n();
  if (!score) return <Paragraph>{t('questionnaires.noScore')}</Paragraph>;
  const categoryKey = `questionnaires.category.${score.category ?? ''}`;
  const category =
    score.category === null ? null : isMessageKey(categoryKey) ? t(categoryKey) : score.category;
  return (
    <>
      {score.flags.includes('item9') && (
        <div className="wp-q-urgent">
          <Alert type="warning">
            <Heading3>{t('questionnaires.item9Title')}</Heading3>
            <Paragraph>{t('questionnaires.item9Text')}</Paragraph>
            <Paragraph>
              {t('questionnaires.item9Call')}{' '}
              <a className="utrecht-link utrecht-link--telephone wp-q-phone" href="tel:08000113">
                0800-0113
              </a>
            </Paragraph>
          </Alert>
        </div>
      )}
      {score.total !== null ? (
        <Paragraph lead>{t('questionnaires.total', { total: formatNumber(score.total) })}</Paragraph>
      ) : (
        <Paragraph>{t('questionnaires.noTotal')}</Paragraph>
      )}
      {category && <Paragraph>{t('questionnaires.category', { category })}</Paragraph>}
      {score.missing.length > 0 && (
        <Paragraph>{t('questionnaires.missing', { count: score.missing.length })}</Paragraph>
      )}
      <Paragraph>{t('questionnaires.notADiagnosis')}</Paragraph>
    </>
  );
}
