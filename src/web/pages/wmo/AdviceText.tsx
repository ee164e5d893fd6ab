// The GP's structured advice as a short list: limitations, prognosis, the answer, the recommendation.
import { Heading4 } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/context.tsx';
import { Facts } from '../consent/Facts.tsx';
import type { AdviceView } from './api.ts';
import { prognosisWord } from './words.ts';

export function AdviceText({ a }: { a: AdviceView }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  if (!a.advice) return null;
  return (
    <div className="wp-wmo-advice">
      <Heading4>
        {t('wmo.advice.given', { gp: a.gp.name, date: a.answeredAt ? formatDateTime(a.answeredAt) : '' })}
      </Heading4>
      <Facts
        rows={[
          [t('wmo.advice.limitations'), a.advice.limitations],
          [t('wmo.advice.prognosis'), prognosisWord(a.advice.prognosis, i18n)],
          [t('wmo.advice.answer'), a.advice.answer],
          [t('wmo.advice.recommendation'), a.advice.recommendation],
        ]}
      />
    </div>
  );
}
