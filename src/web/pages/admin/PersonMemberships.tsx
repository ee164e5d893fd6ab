import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, ApiError } from '../../api.ts';
import type { Membership, Person } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { problemMessage } from '../../components/problem.ts';
import { useI18n } from '../../i18n/context.tsx';
import { MembershipForm } from './MembershipForm.tsx';

/** A person's roles (memberships): list, remove, add. */
export function PersonMemberships({
  person,
  onChanged,
}: {
  person: Person;
  onChanged: (message: string) => void;
}) {
  const { t, label } = useI18n();
  const [error, setError] = useState<ApiError | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);

  const remove = async (m: Membership) => {
    setError(null);
    setRemoving(m.id);
    try {
      await api.removeMembership(person.id, m.id);
      onChanged(t('person.removed', { role: label('role', m.role) }));
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    } finally {
      setRemoving(null);
    }
  };

  const none = t('common.none');
  return (
    <section className="wp-section" aria-labelledby="memberships-heading">
      <Heading2 id="memberships-heading">{t('person.membershipsHeading')}</Heading2>
      {error && (
        <Alert type="error">
          <Paragraph>{problemMessage(error, t)}</Paragraph>
        </Alert>
      )}
      {person.memberships.length === 0 ? (
        <Paragraph>{t('person.noMemberships')}</Paragraph>
      ) : (
        <DataTable<Membership>
          caption={t('person.membershipsCaption', { name: person.name })}
          rows={person.memberships}
          rowKey={(m) => m.id}
          columns={[
            { header: t('person.colRole'), cell: (m) => label('role', m.role), rowHeader: true },
            {
              header: t('person.colDiscipline'),
              cell: (m) => (m.discipline ? label('discipline', m.discipline) : none),
            },
            { header: t('person.colOrganisation'), cell: (m) => m.organisation?.name ?? none },
            { header: t('person.colNeighbourhood'), cell: (m) => m.neighbourhood?.name ?? none },
            {
              header: t('common.actions'),
              cell: (m) => (
                <Button
                  appearance="secondary-action-button"
                  hint="danger"
                  busy={removing === m.id}
                  aria-label={t('person.removeLabel', { role: describeShort(m, label) })}
                  onClick={() => void remove(m)}
                >
                  {t('person.remove')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <MembershipForm personId={person.id} onAdded={onChanged} />
    </section>
  );
}

function describeShort(m: Membership, label: ReturnType<typeof useI18n>['label']): string {
  const where = m.organisation?.name ?? m.neighbourhood?.name;
  return where ? `${label('role', m.role)} (${where})` : label('role', m.role);
}
