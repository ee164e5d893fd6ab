// Berichten (/berichten): the messages Wijkpunt has for the user, newest first, new ones marked. Opening a
// message's link marks it as read; a message can also be marked as read on its own.
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { problemMessage } from '../../components/problem.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';
import { messagesApi, type Message, type Messages } from './api.ts';
import { messagesChanged } from './unread.ts';

export function MessagesPage() {
  const { t } = useI18n();
  const messages = useLoad(() => messagesApi.list());
  return (
    <>
      <PageTitle>{t('messages.title')}</PageTitle>
      <div className="wp-narrow">
        <Paragraph>{t('messages.intro')}</Paragraph>
      </div>
      <LoadState load={messages}>
        {(data) => <MessageList data={data} onChange={messages.reload} />}
      </LoadState>
    </>
  );
}

function MessageList({ data, onChange }: { data: Messages; onChange: () => void }) {
  const { t, formatDateTime } = useI18n();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<ApiError | null>(null);

  const markRead = async (m: Message): Promise<boolean> => {
    if (m.read) return true;
    setProblem(null);
    try {
      await messagesApi.markRead(m.id);
      messagesChanged();
      return true;
    } catch (error) {
      setProblem(
        error instanceof ApiError
          ? error
          : new ApiError({ status: 0, code: 'unexpected', title: '', detail: '', errors: [] }),
      );
      return false;
    }
  };

  const open = (event: MouseEvent<HTMLAnchorElement>, m: Message) => {
    // A new tab or window keeps the browser's own way of opening links.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) {
      void markRead(m);
      return;
    }
    event.preventDefault();
    void markRead(m).then(() => navigate(m.link ?? '/'));
  };

  if (!data.items.length) return <Paragraph>{t('messages.none')}</Paragraph>;
  return (
    <>
      {data.unread > 0 && (
        <Paragraph>
          {data.unread === 1 ? t('messages.unreadOne') : t('messages.unreadMany', { count: data.unread })}
        </Paragraph>
      )}
      {problem && (
        <Alert type="error">
          <Paragraph>{problemMessage(problem, t)}</Paragraph>
        </Alert>
      )}
      <ul className="wp-card-list" aria-label={t('messages.listLabel')}>
        {data.items.map((m) => {
          const textId = `message-${m.id}`;
          return (
            <li key={m.id} className={`wp-panel wp-message${m.read ? '' : ' wp-message--new'}`}>
              <Paragraph className="wp-message__meta">
                <span className={m.read ? 'wp-tag' : 'wp-tag wp-tag--new'}>
                  {m.read ? t('messages.read') : t('messages.new')}
                </span>{' '}
                <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
              </Paragraph>
              <Paragraph id={textId} className={m.read ? undefined : 'wp-message__text--new'}>
                {m.text}
              </Paragraph>
              <div className="wp-actions">
                {m.link && (
                  <a
                    className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
                    href={m.link}
                    aria-describedby={textId}
                    onClick={(e) => open(e, m)}
                  >
                    {t('messages.open')}
                  </a>
                )}
                {!m.read && (
                  <Button
                    appearance="secondary-action-button"
                    aria-describedby={textId}
                    onClick={() => void markRead(m).then((ok) => ok && onChange())}
                  >
                    {t('messages.markRead')}
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
