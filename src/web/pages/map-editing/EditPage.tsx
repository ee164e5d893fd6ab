// /kaart/aanbod/nieuw (a new entry) and /kaart/aanbod/:id/wijziging/:revisionId (a change in progress):
// the edit form with what the server has, the coordinator's remark when it was sent back, and where to go
// after saving or offering it for review.
import { Alert, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { mapEditingApi, type Revision } from './api.ts';
import { EntryForm } from './EntryForm.tsx';
import { emptyValues, toValues } from './formModel.ts';
import { paths, type ArrivalState } from './paths.ts';
import { clearUnsaved, draftKeyFor } from './unsaved.ts';
import { useMe } from '../../session.tsx';

export function NewEntryPage() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const options = useLoad(() => mapEditingApi.options());
  const saved = (rev: Revision, submitted: boolean) => {
    const state: ArrivalState = {
      notice: submitted ? t('mapEdit.edit.submitted') : t('mapEdit.edit.saved'),
    };
    // A saved new entry continues as a change in progress, at its own address.
    void navigate(submitted ? paths.entry(rev.serviceId) : paths.change(rev.serviceId, rev.id), {
      replace: true,
      state,
    });
  };
  return (
    <>
      <Paragraph>
        <AppLink to={paths.entries}>{t('mapEdit.entry.back')}</AppLink>
      </Paragraph>
      <PageTitle>{t('mapEdit.edit.newTitle')}</PageTitle>
      <Paragraph>{t('mapEdit.edit.newIntro')}</Paragraph>
      <LoadState load={options}>
        {(o) =>
          o.organizations.length === 0 ? (
            <Alert type="info">
              <Paragraph>{t('mapEdit.edit.noOrganizations')}</Paragraph>
            </Alert>
          ) : (
            <EntryForm
              draftKey={draftKeyFor(me.id, 'new')}
              saved={emptyValues()}
              options={o}
              revision={null}
              onSaved={saved}
            />
          )
        }
      </LoadState>
    </>
  );
}

export function ChangePage() {
  const { t, formatDateTime } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const arrived = (location.state ?? {}) as ArrivalState;
  const { id = '', revisionId = '' } = useParams();
  const data = useLoad(async () => {
    const [revision, options, entry] = await Promise.all([
      mapEditingApi.revision(revisionId),
      mapEditingApi.options(),
      mapEditingApi.overview(id),
    ]);
    return { revision, options, entry };
  }, revisionId);

  const saved = (rev: Revision, submitted: boolean) => {
    const state: ArrivalState = {
      notice: submitted ? t('mapEdit.edit.submitted') : t('mapEdit.edit.saved'),
    };
    if (submitted) void navigate(paths.entry(rev.serviceId), { state });
    else {
      void navigate(paths.change(rev.serviceId, rev.id), { replace: true, state });
      data.reload();
    }
  };

  return (
    <>
      <Paragraph>
        <AppLink to={paths.entry(id)}>{t('mapEdit.edit.backToEntry')}</AppLink>
      </Paragraph>
      {data.status !== 'ready' && <Heading1>{t('mapEdit.edit.changeTitleLoading')}</Heading1>}
      <LoadState load={data}>
        {({ revision: r, options, entry }) => {
          const editable = r.allowedActions.includes('update');
          const discard = async () => {
            await mapEditingApi.discard(r.id);
            clearUnsaved(draftKeyFor(me.id, r.id));
            const state: ArrivalState = { notice: t('mapEdit.discard.done') };
            await navigate(entry.published ? paths.entry(entry.id) : paths.entries, { replace: true, state });
          };
          return (
            <>
              <PageTitle>{t('mapEdit.edit.changeTitle', { name: r.serviceName })}</PageTitle>
              {arrived.notice && <Notice>{arrived.notice}</Notice>}
              {r.state === 'sent_back' && (
                <Alert type="warning">
                  <Heading2 className="wp-feedback__heading">{t('mapEdit.edit.sentBackHeading')}</Heading2>
                  <Paragraph className="wp-edit-quote">{r.remark}</Paragraph>
                  <Paragraph small>
                    {t('mapEdit.messages.by', {
                      name: r.decidedBy?.name ?? t('common.notKnown'),
                      date: r.decidedAt ? formatDateTime(r.decidedAt) : '',
                    })}
                  </Paragraph>
                </Alert>
              )}
              {editable ? (
                <>
                  <Paragraph>
                    {entry.published ? t('mapEdit.edit.changeIntro') : t('mapEdit.edit.newIntro')}
                  </Paragraph>
                  <EntryForm
                    key={`${r.id}|${r.updatedAt}`}
                    draftKey={draftKeyFor(me.id, r.id)}
                    saved={toValues(r.document)}
                    options={options}
                    revision={r}
                    onSaved={saved}
                    onDiscard={() => void discard()}
                    discardHelp={
                      entry.published ? t('mapEdit.discard.helpChange') : t('mapEdit.discard.helpNew')
                    }
                  />
                </>
              ) : (
                <Alert type="info">
                  <Paragraph>
                    {r.state === 'review' ? t('mapEdit.edit.inReview') : t('mapEdit.edit.notEditable')}
                  </Paragraph>
                </Alert>
              )}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
