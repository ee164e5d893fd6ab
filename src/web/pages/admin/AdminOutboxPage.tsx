import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { Fragment, useState } from 'react';
import { api } from '../../api.ts';
import type { OutboxMail } from '../../api.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useI18n } from '../../i18n/context.tsx';

export function AdminOutboxPage() {
  const { t } = useI18n();
  const mails = useLoad(() => api.outbox().then((r) => r.items));
  return (
    <>
      <PageTitle>{t('outbox.title')}</PageTitle>
      <Paragraph lead>{t('outbox.intro')}</Paragraph>
      <LoadState load={mails}>
        {(items) =>
          items.length === 0 ? <Paragraph>{t('outbox.none')}</Paragraph> : <OutboxTable mails={items} />
        }
      </LoadState>
    </>
  );
}

function OutboxTable({ mails }: { mails: OutboxMail[] }) {
  const { t, formatDateTime } = useI18n();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((old) => {
      const next = new Set(old);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <TableScroll label={t('outbox.caption')}>
      <Table>
        <TableCaption>{t('outbox.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('outbox.colTo')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outbox.colSubject')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outbox.colCreated')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outbox.colSent')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {mails.map((mail) => {
            const isOpen = open.has(mail.id);
            const bodyId = `mail-body-${mail.id}`;
            return (
              <Fragment key={mail.id}>
                <TableRow>
                  <TableCell>{mail.to}</TableCell>
                  <TableCell>{mail.subject}</TableCell>
                  <TableCell>{formatDateTime(mail.createdAt)}</TableCell>
                  <TableCell>{mail.sentAt ? formatDateTime(mail.sentAt) : t('outbox.notSent')}</TableCell>
                  <TableCell>
                    <Button
                      appearance="secondary-action-button"
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? bodyId : undefined}
                      aria-label={t(isOpen ? 'outbox.hideLabel' : 'outbox.showLabel', {
                        subject: mail.subject,
                      })}
                      onClick={() => toggle(mail.id)}
                    >
                      {t(isOpen ? 'outbox.hide' : 'outbox.show')}
                    </Button>
                  </TableCell>
                </TableRow>
                {isOpen && (
                  <TableRow>
                    <TableCell colSpan={5}>
                      <pre id={bodyId} className="wp-mail-body">
                        {mail.body}
                      </pre>
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
