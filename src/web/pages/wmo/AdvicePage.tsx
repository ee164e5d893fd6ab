// One question for Wmo advice (/wmo-advies/:id), as the GP sees it: who asks, about whom, the question and
// the parts of the record the resident agreed to; the form for the advice while it may be given, and the
// advice once it is.
import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { Facts } from '../consent/Facts.tsx';
import { partsText } from '../consent/words.ts';
import { AdviceText } from './AdviceText.tsx';
import { ADVICE_PATH, wmoApi } from './api.ts';
import { AnswerForm } from './AnswerForm.tsx';

export function AdvicePage() {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const { id = '' } = useParams();
  const load = useLoad(() => wmoApi.advice(id), id);
  const [sent, setSent] = useState<string | null>(null);
  const title =
    load.status === 'ready'
      ? t('wmo.question.title', { name: load.data.resident.name })
      : t('wmo.question.titleUnknown');
  return (
    <div className="wp-wmo">
      <PageTitle>{title}</PageTitle>
      <Paragraph>
        <AppLink to={ADVICE_PATH}>{t('wmo.question.back')}</AppLink>
      </Paragraph>
      {sent && <Notice>{sent}</Notice>}
      <LoadState load={load}>
        {(a) => (
          <>
            <Facts
              rows={[
                [t('wmo.question.resident'), a.resident.name],
                [t('wmo.question.from'), t('wmo.case.consultantAt', a.consultant)],
                [t('wmo.advice.question'), a.question],
                [t('wmo.question.parts'), partsText(a.categories, i18n)],
                [t('wmo.advice.askedOn'), formatDateTime(a.createdAt)],
              ]}
            />
            {a.mayAnswer ? (
              <AnswerForm
                a={a}
                onAnswered={() => {
                  setSent(t('wmo.answer.sent', { name: a.consultant.name }));
                  load.reload();
                }}
              />
            ) : (
              !a.advice && <Paragraph>{t('wmo.question.mayNotAnswer')}</Paragraph>
            )}
            <AdviceText a={a} />
          </>
        )}
      </LoadState>
    </div>
  );
}
