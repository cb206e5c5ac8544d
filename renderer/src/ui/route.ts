// Navigation lives in the URL hash (#/holder/E0001), so a screen can be linked to, Back works,
// and tests can open a screen directly. No router library: seven screens do not need one.
import { useEffect, useState } from 'react';
import type { ConfirmationFilter } from '../../../main/ipc/dto';
import { isConfirmationFilter } from '../format/letters';

export type Route =
  | { screen: 'dashboard' }
  | { screen: 'roster' }
  | { screen: 'holder'; employeeId: string }
  | { screen: 'intake'; employeeId: string | null }
  | { screen: 'defects' }
  /** The queue (optionally one view of it, e.g. from the dashboard's "overdue" tile) or the print history. */
  | { screen: 'confirmations'; view: 'queue' | 'history'; filter: ConfirmationFilter | null }
  | { screen: 'settings' }
  | { screen: 'results' }
  /** File › New offer…: the new-offer wizard. */
  | { screen: 'new-offer' }
  /** Faxes from the inbox: the unfiled ones, or every fax with what became of it. */
  | { screen: 'faxes'; which: 'unfiled' | 'all' }
  /** One fax opened: its pages beside the intake form. */
  | { screen: 'fax'; id: number };

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
    case 'confirmations': {
      const filter = params.get('filter');
      return { screen: 'confirmations', view: parts[1] === 'history' ? 'history' : 'queue', filter: isConfirmationFilter(filter) ? filter : null };
    }
    case 'settings':
      return { screen: 'settings' };
    case 'results':
      return { screen: 'results' };
    case 'new-offer':
      return { screen: 'new-offer' };
    case 'faxes': {
      const id = Number(parts[1]);
      if (parts[1] !== undefined && Number.isSafeInteger(id) && id > 0) return { screen: 'fax', id };
      return { screen: 'faxes', which: params.get('show') === 'all' ? 'all' : 'unfiled' };
    }
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
    case 'confirmations':
      if (route.view === 'history') return '#/confirmations/history';
      return route.filter ? `#/confirmations?filter=${route.filter}` : '#/confirmations';
    case 'faxes':
      return route.which === 'all' ? '#/faxes?show=all' : '#/faxes';
    case 'fax':
      return `#/faxes/${route.id}`;
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
