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
