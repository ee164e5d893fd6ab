// /vragenlijsten: the active questionnaires, for anyone (a definition holds no personal data).
import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { questionnairePath, questionnairesApi } from './api.ts';

export function QuestionnairesPage() {
  const { t } = useI18n();
  const load = useLoad(questionnairesApi.list);
  return (
    <>
      <PageTitle>{t('questionnaires.title')}</PageTitle>
      <Paragraph lead>{t('questionnaires.intro')}</Paragraph>
      <LoadState load={load}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('questionnaires.none')}</Paragraph>
          ) : (
            <UnorderedList className="wp-q-list">
              {items.map((q) => (
                <UnorderedListItem key={q.id}>
                  <AppLink to={questionnairePath(q.id)}>{q.title ?? t('questionnaires.untitled')}</AppLink>
                  {q.organisationName && (
                    <span className="wp-q-owner">
                      {' '}
                      {t('questionnaires.from', { name: q.organisationName })}
                    </span>
                  )}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )
        }
      </LoadState>
    </>
  );
}
