// /gezondheidscheck/vragen: the health check in the questionnaire filler (one question or group per screen,
// back and forward, kept in this browser). At the end the completed response goes to POST …/report once
// (nothing stored there); the report is kept in sessionStorage and opened.
import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { parseQuestionnaire } from '../../../modules/health-check/questionnaires/definition.ts';
import { localizeQuestionnaire } from '../../../modules/health-check/questionnaires/translate.ts';
import { ApiError } from '../../api.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { QuestionnaireFiller } from '../questionnaires/QuestionnaireFiller.tsx';
import {
  CHECK_PATH,
  healthCheckApi,
  REPORT_PATH,
  type CheckQuestionnaire,
  type ReportResult,
} from './api.ts';
import { preferencesBody, readPreferences, writeReport } from './stored.ts';

export function QuestionsPage() {
  const { t } = useI18n();
  const load = useLoad(() => healthCheckApi.questionnaire());
  return (
    <div className="wp-hc">
      <PageTitle>{t('hc.title')}</PageTitle>
      <Paragraph className="wp-q-kept">
        {t('hc.questions.kept')} <AppLink to={CHECK_PATH}>{t('hc.questions.about')}</AppLink>
      </Paragraph>
      <LoadState load={load}>{(q) => <Filler key={`${q.url}|${q.version}`} check={q} />}</LoadState>
    </div>
  );
}

/** The report of a completed response; a postcode the server does not know is left out and named. */
export async function makeReport(response: QuestionnaireResponse) {
  const prefs = readPreferences();
  const body = preferencesBody(prefs);
  let result: ReportResult;
  let unknownPostcode: string | null = null;
  try {
    result = await healthCheckApi.report(response, body);
  } catch (error) {
    if (
      !(error instanceof ApiError) ||
      !error.errors.some((e) => e.path === 'body.postcode') ||
      !body.postcode
    )
      throw error;
    unknownPostcode = body.postcode;
    const { postcode: _unknown, ...rest } = body;
    result = await healthCheckApi.report(response, rest);
  }
  writeReport({
    response,
    result,
    prefs,
    unknownPostcode,
    savedAt: null,
    contributed: false,
    askedQuestionId: null,
  });
}

function Filler({ check }: { check: CheckQuestionnaire }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  // the questions in the reader's language (FHIR translation extensions); codes and linkIds stay the same
  const shown = useMemo(() => localizeQuestionnaire(check.questionnaire, locale), [check, locale]);
  const parsed = useMemo(() => parseQuestionnaire(shown), [shown]);
  const title = typeof shown.title === 'string' ? shown.title : t('hc.title');
  if (!parsed.ok)
    return (
      <Alert type="error">
        <Paragraph>{t('questionnaires.broken')}</Paragraph>
      </Alert>
    );
  return (
    <QuestionnaireFiller
      questionnaire={{ id: check.id, url: check.url, version: check.version, title }}
      definition={parsed.definition}
      onComplete={async (response) => {
        await makeReport(response);
        await navigate(REPORT_PATH);
      }}
    />
  );
}
