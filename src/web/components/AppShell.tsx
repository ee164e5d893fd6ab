import { Outlet } from 'react-router';
import { useMe, useSession } from '../session.tsx';
import { Frame } from './Frame.tsx';
import { MainNav } from './MainNav.tsx';

/** The frame for logged-in users, with the menu the server gave in me.navigation. */
export function AppShell() {
  const me = useMe();
  const { logout } = useSession();
  return (
    <Frame userName={me.name} onLogout={() => void logout()} nav={<MainNav items={me.navigation} />}>
      <Outlet />
    </Frame>
  );
}

export function PublicLayout() {
  return (
    <Frame>
      <Outlet />
    </Frame>
  );
}

/**
 * The frame of pages open to everyone (social map, questionnaires, health check): someone logged in keeps
 * their name, menu and logout button; everyone else (and anyone while the session is being checked) gets
 * the plain frame.
 */
export function OpenLayout() {
  const { state, logout } = useSession();
  if (state.status !== 'authenticated') return <PublicLayout />;
  return (
    <Frame
      userName={state.me.name}
      onLogout={() => void logout()}
      nav={<MainNav items={state.me.navigation} />}
    >
      <Outlet />
    </Frame>
  );
}
