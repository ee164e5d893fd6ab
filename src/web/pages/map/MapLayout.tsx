import { Outlet } from 'react-router';
import { Frame } from '../../components/Frame.tsx';
import { MainNav } from '../../components/MainNav.tsx';
import { useSession } from '../../session.tsx';
import './map.css';

/**
 * The public social map's frame: no login needed. Someone who is logged in keeps their name, menu and
 * logout button; everyone else (and anyone while the session is still being checked) gets the plain frame.
 */
export function MapLayout() {
  const { state, logout } = useSession();
  if (state.status === 'authenticated') {
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
  return (
    <Frame>
      <Outlet />
    </Frame>
  );
}
