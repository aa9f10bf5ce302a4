import { useCallback, useEffect, useState } from 'react';
import { HOME_ROLES, type HomeRole } from '../model/roles';

/** The role tab lives in the hash ("#/chair") — office.js nulls history.pushState, so no history router. */
function readHash(): HomeRole | undefined {
  const seg = (typeof window === 'undefined' ? '' : window.location.hash).replace(/^#\/?/, '').split('/')[0];
  return HOME_ROLES.find((r) => r === seg);
}

export function useHashRole(): [HomeRole | undefined, (role: HomeRole) => void] {
  const [role, setRole] = useState(readHash);
  useEffect(() => {
    const onChange = () => setRole(readHash());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const select = useCallback((next: HomeRole) => {
    window.location.hash = `/${next}`;
    setRole(next);
  }, []);
  return [role, select];
}
