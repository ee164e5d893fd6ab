// One question (/loket/vragen/:id), where the front desk's messages link to. The resident reads her question,
// how it is doing, the answer and each step in plain words. A team member also reads who asked and how to
// reach them, why it went to its stream and whether it holds words of danger, and can take the next step
// (the server says which) or make a referral for it.
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { Facts } from '../consent/Facts.tsx';
import { ASK_PATH, frontdeskApi, QUEUE_PATH, referPath, type QuestionView } from './api.ts';
import { QuestionSteps } from './QuestionSteps.tsx';
import { TeamActions } from './TeamActions.tsx';
import { UrgentHelp } from './UrgentHelp.tsx';
import { becauseText, streamWord } from './words.ts';

export function QuestionPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const load = useLoad(() => frontdeskApi.get(id), id);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <PageTitle>{t('frontdesk.question.title')}</PageTitle>
      {notice && <Notice>{notice}</Notice>}
      <LoadState load={load}>
        {(q) => (
          <Question
            q={q}
            onDone={(message) => {
              setNotice(message);
              load.reload();
            }}
          />
        )}
      </LoadState>
    </>
  );
}

function Question({ q, onDone }: { q: QuestionView; onDone: (message: string) => void }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const asTeam = q.seenAs === 'team';
  const answeredBy = q.steps.findLast((s) => s.kind === 'answered')?.actor ?? null;
  return (
    <>
      {q.urgent &&
        (asTeam ? (
          <Alert type="warning">
            <Paragraph>
              <strong>{t('frontdesk.team.urgent')}. </strong>
              {t('frontdesk.team.urgentText')}
            </Paragraph>
          </Alert>
        ) : (
          q.status !== 'closed' && <UrgentHelp headingId="frontdesk-question-urgent" />
        ))}

      {/* The answer first: someone who opens the question from its message reads it straight away. */}
      {q.answer && (
        <section className="wp-section" aria-labelledby="frontdesk-answer-heading">
          <Heading2 id="frontdesk-answer-heading">{t('frontdesk.question.answerHeading')}</Heading2>
          <div className="wp-panel wp-fd-text">
            {answeredBy && (
              <Paragraph>
                <strong>{t('frontdesk.question.answerBy', { name: answeredBy })}</strong>
              </Paragraph>
            )}
            <Paragraph>{q.answer}</Paragraph>
          </div>
        </section>
      )}

      <section className="wp-section" aria-labelledby="frontdesk-text-heading">
        <Heading2 id="frontdesk-text-heading">{t('frontdesk.question.textHeading')}</Heading2>
        <div className="wp-panel wp-fd-text">
          <Paragraph>{q.text}</Paragraph>
        </div>
        <Facts
          rows={[
            [t('frontdesk.question.asked'), formatDateTime(q.createdAt)],
            [
              t('frontdesk.question.status'),
              asTeam ? t(`frontdesk.teamStatus.${q.status}`) : t(`frontdesk.status.${q.status}`),
            ],
            [asTeam ? t('frontdesk.team.stream') : t('frontdesk.question.kind'), streamWord(q.stream, i18n)],
            [
              t('frontdesk.question.team'),
              q.team ?? (asTeam ? null : t('frontdesk.question.waitingForTeam')),
            ],
          ]}
        />
      </section>

      {asTeam && <TeamDetails q={q} />}
      {asTeam && q.actions.length > 0 && <TeamActions q={q} onDone={onDone} />}
      {asTeam && q.resident && q.status !== 'closed' && (
        <section className="wp-section" aria-labelledby="frontdesk-refer-heading">
          <Heading2 id="frontdesk-refer-heading">{t('frontdesk.actions.referHeading')}</Heading2>
          <Paragraph className="wp-narrow">{t('frontdesk.actions.referIntro')}</Paragraph>
          <Paragraph>
            <AppLink to={referPath(q.resident.id, q.id)}>{t('frontdesk.actions.refer')}</AppLink>
          </Paragraph>
        </section>
      )}

      <QuestionSteps q={q} />

      {q.referrals.length > 0 && (
        <section className="wp-section" aria-labelledby="frontdesk-referrals-heading">
          <Heading2 id="frontdesk-referrals-heading">{t('frontdesk.question.referralsHeading')}</Heading2>
          <ul className="wp-fd-links">
            {q.referrals.map((r) => (
              <li key={r.id}>
                <AppLink to={`/verwijzingen/${encodeURIComponent(r.id)}`}>
                  {t('frontdesk.question.referral')}
                </AppLink>
              </li>
            ))}
          </ul>
        </section>
      )}

      <Paragraph className="wp-section">
        <AppLink to={asTeam ? QUEUE_PATH : ASK_PATH}>
          {asTeam ? t('frontdesk.question.backTeam') : t('frontdesk.question.backResident')}
        </AppLink>
      </Paragraph>
    </>
  );
}

function TeamDetails({ q }: { q: QuestionView }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section className="wp-section" aria-labelledby="frontdesk-details-heading">
      <Heading2 id="frontdesk-details-heading">{t('frontdesk.team.detailsHeading')}</Heading2>
      <Facts
        rows={[
          [t('frontdesk.team.who'), q.resident?.name ?? t('frontdesk.team.noAccount')],
          [t('frontdesk.team.reach'), q.contact ?? (q.resident ? t('frontdesk.team.reachInApp') : null)],
          [t('frontdesk.team.postcode'), q.postcode],
          [t('frontdesk.team.channel'), t(`frontdesk.channel.${q.channel}`)],
          [t('frontdesk.team.assignee'), q.assignee ?? t('frontdesk.team.nobody')],
          [t('frontdesk.team.because'), becauseText(q.because, i18n)],
          [
            t('frontdesk.team.urgent'),
            q.urgent ? t('frontdesk.team.urgentYes') : t('frontdesk.team.urgentNo'),
          ],
        ]}
      />
    </section>
  );
}
