// /vragenlijsten/{id}: fill in one questionnaire, without logging in. The definition is compiled in the
// browser with the server's own rules (definition.ts), so the engine can run here.
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { parseQuestionnaire } from '../../../modules/health-check/questionnaires/definition.ts';
import { localizeQuestionnaire } from '../../../modules/health-check/questionnaires/translate.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { LIST_PATH, questionnairesApi, type QuestionnaireDetail } from './api.ts';
import { canonicalOfDetail, QuestionnaireFiller } from './QuestionnaireFiller.tsx';

export function QuestionnairePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const load = useLoad(() => questionnairesApi.get(id), id);
  return (
    <>
      {load.status !== 'ready' && <PageTitle>{t('questionnaires.title')}</PageTitle>}
      <LoadState load={load}>{(q) => <Filled key={canonicalOfDetail(q)} questionnaire={q} />}</LoadState>
      <Paragraph className="wp-q-all">
        <AppLink to={LIST_PATH}>{t('questionnaires.all')}</AppLink>
      </Paragraph>
    </>
  );
}

function Filled({ questionnaire }: { questionnaire: QuestionnaireDetail }) {
  const { t, locale } = useI18n();
  // the questions in the reader's language where the definition carries FHIR translation extensions
  const parsed = useMemo(
    () => parseQuestionnaire(localizeQuestionnaire(questionnaire.questionnaire, locale)),
    [questionnaire, locale],
  );
  const title = questionnaire.title ?? t('questionnaires.untitled');
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph className="wp-q-kept">{t('questionnaires.keptHere')}</Paragraph>
      {parsed.ok ? (
        <QuestionnaireFiller questionnaire={questionnaire} definition={parsed.definition} />
      ) : (
        <Alert type="error">
          <Paragraph>{t('questionnaires.broken')}</Paragraph>
        </Alert>
      )}
    </>
  );
}
