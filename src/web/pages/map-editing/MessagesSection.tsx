// My messages on the entries page: unread reminders and problem reports (mark as read), and my changes
// that a coordinator sent back, with the remark.
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../components/AppLink.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { MessageKey } from '../../i18n/context.tsx';
import { mapEditingApi, type Notification, type RevisionSummary } from './api.ts';
import { paths } from './paths.ts';

export function MessagesSection() {
  const { t } = useI18n();
  const load = useLoad(async () => {
    const [notes, mine] = await Promise.all([mapEditingApi.notifications(), mapEditingApi.myRevisions()]);
    return {
      unread: notes.items.filter((n) => n.readAt === null),
      sentBack: mine.items.filter((r) => r.state === 'sent_back'),
    };
  });
  return (
    <section className="wp-section" aria-labelledby="messages-heading">
      <LoadState load={load}>
        {({ unread, sentBack }) => (
          <>
            <Heading2 id="messages-heading">
              {t('mapEdit.messages.heading', { count: unread.length + sentBack.length })}
            </Heading2>
            {unread.length + sentBack.length === 0 ? (
              <Paragraph>{t('mapEdit.messages.none')}</Paragraph>
            ) : (
              <ul className="wp-edit-cards">
                {sentBack.map((r) => (
                  <SentBack key={r.id} revision={r} />
                ))}
                {unread.map((n) => (
                  <Message key={n.id} note={n} onRead={load.reload} />
                ))}
              </ul>
            )}
          </>
        )}
      </LoadState>
    </section>
  );
}

function SentBack({ revision: r }: { revision: RevisionSummary }) {
  const { t, formatDateTime } = useI18n();
  return (
    <li className="wp-panel">
      <Heading3>{t('mapEdit.messages.sentBack', { name: r.serviceName })}</Heading3>
      {r.remark && <Paragraph className="wp-edit-quote">{r.remark}</Paragraph>}
      <Paragraph small>
        {t('mapEdit.messages.by', {
          name: r.decidedBy?.name ?? t('common.notKnown'),
          date: r.decidedAt ? formatDateTime(r.decidedAt) : '',
        })}
      </Paragraph>
      <Paragraph>
        <AppLink to={paths.change(r.serviceId, r.id)}>
          {t('mapEdit.messages.openChange', { name: r.serviceName })}
        </AppLink>
      </Paragraph>
    </li>
  );
}

function Message({ note: n, onRead }: { note: Notification; onRead: () => void }) {
  const { t, formatDateTime } = useI18n();
  const name = n.serviceName ?? t('common.notKnown');
  const read = async () => {
    await mapEditingApi.markRead(n.id);
    onRead();
  };
  return (
    <li className="wp-panel">
      <Heading3>{t(`mapEdit.messages.kind.${n.kind}` as MessageKey, { name })}</Heading3>
      <Paragraph small>{formatDateTime(n.createdAt)}</Paragraph>
      {n.serviceId && (
        <Paragraph>
          <AppLink to={paths.entry(n.serviceId)}>{t('mapEdit.messages.openEntry', { name })}</AppLink>
        </Paragraph>
      )}
      <Button appearance="secondary-action-button" onClick={() => void read().catch(onRead)}>
        {t('mapEdit.messages.markRead')}
        <span className="wp-visually-hidden">: {name}</span>
      </Button>
    </li>
  );
}
