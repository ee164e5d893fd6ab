// /kaart/werklijst/wijziging/:revisionId — a coordinator reviews one change: what it changes (old and new
// side by side), then approves it (it is live at once) or sends it back with a remark.
import { Button, ButtonGroup, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import { FormFeedback } from '../../components/FormFeedback.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useForm } from '../../components/useForm.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { mapEditingApi, type Revision } from './api.ts';
import { DiffTable } from './DiffTable.tsx';
import { TextAreaField } from './fields.tsx';
import { paths, type ArrivalState } from './paths.ts';

export function ReviewPage() {
  const { t, formatDateTime } = useI18n();
  const { revisionId = '' } = useParams();
  const data = useLoad(async () => {
    const [revision, diff] = await Promise.all([
      mapEditingApi.revision(revisionId),
      mapEditingApi.revisionDiff(revisionId),
    ]);
    return { revision, diff };
  }, revisionId);
  return (
    <>
      <Paragraph>
        <AppLink to={paths.worklist}>{t('mapEdit.review.back')}</AppLink>
      </Paragraph>
      {data.status !== 'ready' && <Heading1>{t('mapEdit.review.titleLoading')}</Heading1>}
      <LoadState load={data}>
        {({ revision: r, diff }) => (
          <>
            <PageTitle>{t('mapEdit.review.title', { name: r.serviceName })}</PageTitle>
            <Paragraph>
              {t('mapEdit.review.by', {
                name: r.author?.name ?? t('common.notKnown'),
                date: r.submittedAt ? formatDateTime(r.submittedAt) : '',
              })}{' '}
              <AppLink to={paths.entry(r.serviceId)}>{t('mapEdit.review.openEntry')}</AppLink>
            </Paragraph>
            <section className="wp-section" aria-labelledby="review-diff-heading">
              <Heading2 id="review-diff-heading">
                {diff.from === null ? t('mapEdit.review.diffNew') : t('mapEdit.review.diff')}
              </Heading2>
              <DiffTable diff={diff} caption={t('mapEdit.review.diffCaption', { name: r.serviceName })} />
            </section>
            {r.allowedActions.includes('approve') ? (
              <Decision revision={r} />
            ) : (
              <Paragraph>{t('mapEdit.review.notInReview')}</Paragraph>
            )}
          </>
        )}
      </LoadState>
    </>
  );
}

function Decision({ revision: r }: { revision: Revision }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const approve = useForm('approve', {});
  const back = useForm('send-back', { remark: '' });
  const done = (notice: string) => {
    const state: ArrivalState = { notice };
    void navigate(paths.worklist, { state });
  };
  const onApprove = () =>
    void approve.submit(async () => {
      await mapEditingApi.approve(r.id);
      done(t('mapEdit.review.approved', { name: r.serviceName }));
    });
  const onSendBack = (event: FormEvent) => {
    event.preventDefault();
    if (!back.values.remark.trim()) {
      back.fail({ remark: t('mapEdit.review.remarkMissing') });
      return;
    }
    void back.submit(async () => {
      await mapEditingApi.sendBack(r.id, back.values.remark.trim());
      done(t('mapEdit.review.sentBack', { name: r.serviceName }));
    });
  };
  return (
    <>
      <section className="wp-section" aria-labelledby="review-approve-heading">
        <Heading2 id="review-approve-heading">{t('mapEdit.review.approveHeading')}</Heading2>
        <Paragraph>{t('mapEdit.review.approveHelp')}</Paragraph>
        <FormFeedback form={approve} labels={{}} problemTitle={t('mapEdit.review.approveFailed')} />
        <Button appearance="primary-action-button" busy={approve.busy} onClick={onApprove}>
          {t('mapEdit.review.approve')}
        </Button>
      </section>
      <section className="wp-section" aria-labelledby="review-back-heading">
        <Heading2 id="review-back-heading">{t('mapEdit.review.sendBackHeading')}</Heading2>
        <FormFeedback form={back} labels={{ remark: t('mapEdit.review.remark') }} />
        <form onSubmit={onSendBack} noValidate>
          <TextAreaField
            id={back.idFor('remark')}
            label={t('mapEdit.review.remark')}
            description={t('mapEdit.review.remarkHelp')}
            required
            rows={3}
            value={back.values.remark}
            onChange={(x) => back.set('remark', x)}
            error={back.errors.remark}
          />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button" busy={back.busy}>
              {t('mapEdit.review.sendBack')}
            </Button>
          </ButtonGroup>
        </form>
      </section>
    </>
  );
}
