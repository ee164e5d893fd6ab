import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { AppLink } from '../components/AppLink.tsx';
import { describeMembership } from '../components/membership.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n } from '../i18n/context.tsx';
import { useMe } from '../session.tsx';
import { LIST_PATH } from './questionnaires/api.ts';

export function HomePage() {
  const i18n = useI18n();
  const { t, label } = i18n;
  const me = useMe();
  return (
    <>
      <PageTitle>{t('home.title', { name: me.name })}</PageTitle>
      <Paragraph lead>{t('home.intro')}</Paragraph>
      <Paragraph>
        <AppLink to="/gezondheidscheck">{t('hc.homeLink')}</AppLink>
      </Paragraph>
      <Paragraph>
        <AppLink to={LIST_PATH}>{t('questionnaires.homeLink')}</AppLink>
      </Paragraph>

      <Heading2>{t('home.rolesHeading')}</Heading2>
      {me.roles.length === 0 ? (
        <Paragraph>{t('home.noRoles')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('home.rolesIntro')}</Paragraph>
          <UnorderedList>
            {me.roles.map((role) => (
              <UnorderedListItem key={role}>{label('role', role)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}

      <Heading2>{t('home.membershipsHeading')}</Heading2>
      {me.memberships.length === 0 ? (
        <Paragraph>{t('home.noMemberships')}</Paragraph>
      ) : (
        <UnorderedList>
          {me.memberships.map((m) => (
            <UnorderedListItem key={m.id}>{describeMembership(m, i18n)}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}
