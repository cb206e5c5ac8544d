// Where the window's page comes from, and how main recognises a call from it. Built once at start
// and used both to load the page and to check every IPC call's sender, so the two cannot disagree.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type RendererLocation =
  | { kind: 'file'; indexHtml: string; url: string }
  | { kind: 'dev-server'; url: string; origin: string };

/**
 * The built page under `out/renderer`, or, only in an unpackaged app started by `electron-vite dev`,
 * the dev server it names in ELECTRON_RENDERER_URL. A packaged app ignores that variable: an
 * environment variable must never be able to point the desk's window at another page.
 */
export function rendererLocation(appPath: string, env: NodeJS.ProcessEnv, isPackaged: boolean): RendererLocation {
  const devUrl = env['ELECTRON_RENDERER_URL'];
  if (!isPackaged && devUrl !== undefined && devUrl !== '') {
    const url = new URL(devUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`ELECTRON_RENDERER_URL must be http(s): ${devUrl}`);
    return { kind: 'dev-server', url: url.href, origin: url.origin };
  }
  const indexHtml = join(appPath, 'out', 'renderer', 'index.html');
  return { kind: 'file', indexHtml, url: pathToFileURL(indexHtml).href };
}

/** Is this frame URL our own page (any in-page #route of it), rather than anything else? */
export function isOwnRendererUrl(location: RendererLocation, frameUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  if (location.kind === 'dev-server') return url.origin === location.origin;
  // The page's own file exactly: not a sibling file, not another file:// page on the disk.
  url.hash = '';
  url.search = '';
  return url.href === new URL(location.url).href;
}
