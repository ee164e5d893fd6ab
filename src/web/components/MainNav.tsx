import { NavLink } from 'react-router';
import { useI18n } from '../i18n/context.tsx';
import { isNavKey, NAV_PATHS, NAV_WITH_CHILDREN } from '../navigation.ts';
import { useUnreadCount } from '../pages/messages/unread.ts';

/**
 * The main menu shows exactly the items the server lists in me.navigation, in that order.
 * The web app does not decide who may see what; unknown keys are skipped. Berichten shows how many
 * messages are unread.
 */
export function MainNav({ items }: { items: { key: string }[] }) {
  const { t, label } = useI18n();
  const known = items.map((item) => item.key).filter(isNavKey);
  const unread = useUnreadCount(known.includes('messages'));
  if (known.length === 0) return null;
  return (
    <nav aria-label={t('app.mainMenu')} className="wp-nav">
      <ul className="wp-nav__list">
        {known.map((key) => (
          <li key={key} className="wp-nav__item">
            <NavLink
              to={NAV_PATHS[key]}
              end={!NAV_WITH_CHILDREN.has(key)}
              className={({ isActive }) => `wp-nav__link${isActive ? ' wp-nav__link--current' : ''}`}
            >
              {label('nav', key)}
              {key === 'messages' && unread > 0 && (
                <>
                  <span className="wp-nav__badge" aria-hidden="true">
                    {unread}
                  </span>
                  <span className="wp-visually-hidden">
                    {`, ${t('messages.navUnread', { count: unread })}`}
                  </span>
                </>
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
