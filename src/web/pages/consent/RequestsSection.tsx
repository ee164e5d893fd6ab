// The professionals' requests for consent that wait for the resident's answer, with Goedkeuren / Afwijzen.
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ApiError } from '../../api.ts';
import { problemMessage } from '../../components/problem.ts';
import { useI18n } from '../../i18n/context.tsx';
import { dateText } from '../record/words.ts';
import { consentApi, type Consent } from './api.ts';
import { Facts } from './Facts.tsx';
import { granteeText, partsText, purposeText } from './words.ts';

export function RequestsSection({
  requests,
  onDone,
}: {
  requests: Consent[];
  onDone: (message: string) => void;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  if (!requests.length) return null;

  const decide = async (c: Consent, decision: 'approve' | 'decline') => {
    if (busy) return;
    setBusy(c.id);
    setProblem(null);
    const name = c.requestedBy ?? c.grantee.name;
    try {
      await consentApi.decide(c.id, decision);
      onDone(t(decision === 'approve' ? 'consent.approved' : 'consent.declined', { name }));
    } catch (error) {
      setProblem(
        error instanceof ApiError
          ? error
          : new ApiError({ status: 0, code: 'unexpected', title: '', detail: '', errors: [] }),
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="wp-section" aria-labelledby="consent-requests-heading">
      <Heading2 id="consent-requests-heading">{t('consent.requestsHeading')}</Heading2>
      {problem && (
        <Alert type="error">
          <Paragraph>{problemMessage(problem, t)}</Paragraph>
        </Alert>
      )}
      <ul className="wp-card-list">
        {requests.map((c) => {
          const name = c.requestedBy ?? c.grantee.name;
          const headingId = `consent-request-${c.id}`;
          return (
            <li key={c.id} className="wp-panel">
              <Heading3 id={headingId}>{t('consent.requestFrom', { name })}</Heading3>
              <Facts
                rows={[
                  [t('consent.requestFor'), granteeText(c.grantee, i18n)],
                  [t('consent.purpose'), purposeText(c.purpose, c.purposeRef, i18n, c.purposeRefName)],
                  [t('consent.parts'), partsText(c.categories, i18n)],
                  [t('consent.until'), dateText(locale, c.validUntil)],
                  [t('consent.note'), c.requestNote],
                ]}
              />
              <ButtonGroup>
                <Button
                  appearance="primary-action-button"
                  aria-label={t('consent.approveLabel', { name })}
                  busy={busy === c.id}
                  onClick={() => void decide(c, 'approve')}
                >
                  {t('consent.approve')}
                </Button>
                <Button
                  appearance="secondary-action-button"
                  aria-label={t('consent.declineLabel', { name })}
                  busy={busy === c.id}
                  onClick={() => void decide(c, 'decline')}
                >
                  {t('consent.decline')}
                </Button>
              </ButtonGroup>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
