import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiError } from '../api.ts';
import type { ApiToken, CreatedToken } from '../api.ts';
import { RequiredNote, TextField } from '../components/fields.tsx';
import { FormFeedback } from '../components/FormFeedback.tsx';
import { LoadState } from '../components/LoadState.tsx';
import { Notice } from '../components/Notice.tsx';
import { problemMessage } from '../components/problem.ts';
import { TableScroll } from '../components/TableScroll.tsx';
import { useForm } from '../components/useForm.ts';
import { useLoad } from '../components/useLoad.ts';
import { useI18n } from '../i18n/context.tsx';

/** Personal API tokens: list, create (shown once), revoke. */
export function ApiTokensSection() {
  const { t, formatDateTime } = useI18n();
  const tokens = useLoad(() => api.tokens().then((r) => r.items));
  const form = useForm('token', { name: '' });
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<ApiError | null>(null);
  const [copyNote, setCopyNote] = useState<string | null>(null);

  // Put the new token in focus and selected, ready to copy.
  useEffect(() => {
    if (!created) return;
    const input = document.getElementById('token-created-value');
    if (input instanceof HTMLInputElement) {
      input.focus();
      input.select();
    }
  }, [created]);

  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    void form.submit(async () => {
      const token = await api.createToken(form.values.name.trim());
      setCreated(token);
      setCopyNote(null);
      form.reset({ name: '' });
      tokens.reload();
    });
  };

  const revoke = async (token: ApiToken) => {
    setRevokeError(null);
    setNotice(null);
    try {
      await api.revokeToken(token.id);
      setNotice(t('tokens.revoked', { name: token.name }));
      tokens.reload();
    } catch (error) {
      if (error instanceof ApiError) setRevokeError(error);
    }
  };

  const copy = async (value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setCopyNote(t('tokens.copied'));
    } catch {
      setCopyNote(t('tokens.copyFailed'));
    }
  };

  return (
    <section className="wp-section" aria-labelledby="tokens-heading">
      <Heading2 id="tokens-heading">{t('tokens.heading')}</Heading2>
      <Paragraph>{t('tokens.intro')}</Paragraph>
      {notice && <Notice>{notice}</Notice>}
      {revokeError && (
        <Alert type="error">
          <Paragraph>{problemMessage(revokeError, t)}</Paragraph>
        </Alert>
      )}
      <LoadState load={tokens}>
        {(items) =>
          items.length === 0 ? (
            <Paragraph>{t('tokens.none')}</Paragraph>
          ) : (
            <TableScroll label={t('tokens.caption')}>
              <Table>
                <TableCaption>{t('tokens.caption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('tokens.colName')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('tokens.colPrefix')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('tokens.colCreated')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('tokens.colLastUsed')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {items.map((token) => (
                    <TableRow key={token.id}>
                      <TableCell>{token.name}</TableCell>
                      <TableCell className="wp-token">{token.prefix}…</TableCell>
                      <TableCell>{formatDateTime(token.createdAt)}</TableCell>
                      <TableCell>
                        {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('tokens.neverUsed')}
                      </TableCell>
                      <TableCell>
                        <Button
                          appearance="secondary-action-button"
                          hint="danger"
                          aria-label={t('tokens.revokeLabel', { name: token.name })}
                          onClick={() => void revoke(token)}
                        >
                          {t('tokens.revoke')}
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
          )
        }
      </LoadState>

      {created && (
        <div className="wp-panel">
          <Heading3>{t('tokens.createdTitle', { name: created.name })}</Heading3>
          <Alert type="warning">
            <Paragraph>{t('tokens.onceWarning')}</Paragraph>
          </Alert>
          <TextField
            id="token-created-value"
            label={t('tokens.value')}
            value={created.token}
            onChange={() => undefined}
            readOnly
            spellCheck={false}
            autoComplete="off"
          />
          {copyNote && <Paragraph role="status">{copyNote}</Paragraph>}
          <ButtonGroup>
            <Button appearance="primary-action-button" onClick={() => void copy(created.token)}>
              {t('tokens.copy')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setCreated(null)}>
              {t('tokens.done')}
            </Button>
          </ButtonGroup>
        </div>
      )}

      <Heading3>{t('tokens.createHeading')}</Heading3>
      <FormFeedback form={form} labels={{ name: t('tokens.name') }} />
      <form onSubmit={onCreate} noValidate>
        <RequiredNote />
        <TextField
          id={form.idFor('name')}
          label={t('tokens.name')}
          description={t('tokens.nameDescription')}
          required
          autoComplete="off"
          value={form.values.name}
          onChange={(v) => form.set('name', v)}
          error={form.errors.name}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('tokens.create')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
