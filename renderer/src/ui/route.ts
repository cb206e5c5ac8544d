// Navigation lives in the URL hash (#/holder/E0001), so a screen can be linked to, Back works,
// and tests can open a screen directly. No router library: six screens do not need one.
import { useEffect, useState } from 'react';

export type Route =
  | { screen: 'dashboard' }
  | { screen: 'roster' }
  | { screen: 'holder'; employeeId: string }
  | { screen: 'intake'; employeeId: string | null }
  | { screen: 'defects' }
  | { screen: 'settings' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  switch (parts[0]) {
    case 'roster':
      return { screen: 'roster' };
    case 'holder':
      return parts[1] ? { screen: 'holder', employeeId: parts[1] } : { screen: 'roster' };
    case 'intake':
      return { screen: 'intake', employeeId: params.get('holder') };
    case 'defects':
      return { screen: 'defects' };
    case 'settings':
      return { screen: 'settings' };
    default:
      return { screen: 'dashboard' };
  }
}

export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'holder':
      return `#/holder/${encodeURIComponent(route.employeeId)}`;
    case 'intake':
      return route.employeeId ? `#/intake?holder=${encodeURIComponent(route.employeeId)}` : '#/intake';
    default:
      return `#/${route.screen}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
