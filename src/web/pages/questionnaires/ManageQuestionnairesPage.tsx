// /vragenlijsten/beheer (menu key 'questionnaires.manage': provider editors and administrators): the
// questionnaires the caller manages, each with its FHIR download, "make active" / "retire" (after saying what
// retiring means) and a link to try it in the filler; below, the import form. Who manages what is the
// server's rule (docs/decisions/0021): administrators all, provider editors their organisations' ones.
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { api, ApiError } from '../../api.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import type { Option } from '../../components/fields.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { problemMessage } from '../../components/problem.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n, type MessageKey } from '../../i18n/context.tsx';
import { useMe } from '../../session.tsx';
import {
  questionnaireFhirUrl,
  questionnairePath,
  questionnairesApi,
  type QuestionnaireSummary,
} from './api.ts';
import { fhirFileName } from './fhir-file.ts';
import { ImportQuestionnaireForm } from './ImportQuestionnaireForm.tsx';
import { isScorerCode } from './instruments.ts';

interface Data {
  managed: QuestionnaireSummary[];
  /** administrators choose among all organisations */
  organisations: Option[];
}

export function ManageQuestionnairesPage() {
  const { t } = useI18n();
  const me = useMe();
  const admin = me.roles.includes('administrator');
  const load = useLoad<Data>(async () => {
    const [list, organisations] = await Promise.all([
      questionnairesApi.listAll(),
      admin ? api.organisations() : Promise.resolve({ items: [] }),
    ]);
    return {
      managed: list.items.filter((q) => q.canManage),
      organisations: organisations.items
        .map((o) => ({ value: o.id, label: o.name }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    };
  });
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState<QuestionnaireSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const tableHeading = useId();
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const titleOf = (q: { title: string | null }) => q.title ?? t('questionnaires.untitled');

  const setStatus = async (q: QuestionnaireSummary, status: 'active' | 'retired') => {
    if (busy) return;
    setBusy(true);
    try {
      await questionnairesApi.setStatus(q.id, status);
      setConfirming(null);
      setNotice({
        type: 'ok',
        text: t(status === 'active' ? 'qManage.activated' : 'qManage.retired', { title: titleOf(q) }),
      });
      load.reload();
    } catch (error) {
      setConfirming(null);
      const detail = error instanceof ApiError ? problemMessage(error, t) : t('error.generic');
      setNotice({ type: 'error', text: `${t('qManage.statusFailed')} ${detail}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('qManage.title')}</PageTitle>
      <Paragraph lead>{t('qManage.intro')}</Paragraph>
      {notice && <Notice type={notice.type}>{notice.text}</Notice>}
      <LoadState load={load}>
        {({ managed, organisations }) => (
          <>
            <section aria-labelledby={tableHeading}>
              <Heading2 id={tableHeading}>{t('qManage.tableTitle')}</Heading2>
              {confirming && (
                <div
                  className="wp-panel wp-q-confirm"
                  role="group"
                  aria-labelledby={`${tableHeading}-confirm`}
                >
                  <Heading3 id={`${tableHeading}-confirm`} ref={confirmHeading} tabIndex={-1}>
                    {t('qManage.confirmRetireTitle', { title: titleOf(confirming) })}
                  </Heading3>
                  <Paragraph>{t('qManage.confirmRetireText')}</Paragraph>
                  <ButtonGroup>
                    <Button
                      appearance="primary-action-button"
                      busy={busy}
                      onClick={() => void setStatus(confirming, 'retired')}
                    >
                      {t('qManage.confirmRetire')}
                    </Button>
                    <Button appearance="secondary-action-button" onClick={() => setConfirming(null)}>
                      {t('qManage.cancelRetire')}
                    </Button>
                  </ButtonGroup>
                </div>
              )}
              {managed.length === 0 ? (
                <Paragraph>{t('qManage.none')}</Paragraph>
              ) : (
                <DataTable
                  caption={t('qManage.tableCaption')}
                  captionHidden
                  rows={managed}
                  rowKey={(q) => q.id}
                  columns={[
                    { header: t('qManage.col.title'), rowHeader: true, cell: (q) => titleOf(q) },
                    {
                      header: t('qManage.col.owner'),
                      cell: (q) => q.organisationName ?? t('qManage.builtIn'),
                    },
                    { header: t('qManage.col.version'), cell: (q) => q.version ?? t('qManage.noVersion') },
                    {
                      header: t('qManage.col.status'),
                      cell: (q) => t(`qManage.status.${q.status}` as MessageKey),
                    },
                    {
                      header: t('qManage.col.scorer'),
                      cell: (q) =>
                        q.instrument
                          ? isScorerCode(q.instrument)
                            ? t(`qManage.instrument.${q.instrument}` as MessageKey)
                            : q.instrument
                          : t('qManage.noScorer'),
                    },
                    {
                      header: t('qManage.col.actions'),
                      cell: (q) => (
                        <div className="wp-actions wp-q-actions">
                          <a
                            className="utrecht-link utrecht-link--html-a"
                            href={questionnaireFhirUrl(q.id)}
                            download={fhirFileName(q.title, q.version, 'vragenlijst')}
                            type="application/fhir+json"
                          >
                            {t('qManage.download')}
                            <span className="wp-visually-hidden">: {titleOf(q)}</span>
                          </a>
                          <AppLink to={questionnairePath(q.id)}>
                            {t('qManage.try')}
                            <span className="wp-visually-hidden">: {titleOf(q)}</span>
                          </AppLink>
                          {q.status === 'active' ? (
                            <Button appearance="secondary-action-button" onClick={() => setConfirming(q)}>
                              {t('qManage.retire')}
                              <span className="wp-visually-hidden">: {titleOf(q)}</span>
                            </Button>
                          ) : (
                            <Button
                              appearance="secondary-action-button"
                              busy={busy}
                              onClick={() => void setStatus(q, 'active')}
                            >
                              {t('qManage.activate')}
                              <span className="wp-visually-hidden">: {titleOf(q)}</span>
                            </Button>
                          )}
                        </div>
                      ),
                    },
                  ]}
                />
              )}
            </section>
            <ImportQuestionnaireForm
              memberships={me.memberships}
              admin={admin}
              organisations={organisations}
              onImported={(detail) => {
                setNotice({ type: 'ok', text: t('qManage.imported', { title: titleOf(detail) }) });
                load.reload();
              }}
            />
          </>
        )}
      </LoadState>
    </>
  );
}
