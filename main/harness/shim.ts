// The browser stand-in for Electron's preload: the same `window.offerDesk.invoke` the renderer
// calls, carried over fetch to the harness instead of IPC. Served from the harness's own origin
// (so the page's `script-src 'self'` covers it) and placed before the app's own script.

export const SHIM_PATH = '/__harness/shim.js';

export const SHIM_SOURCE = `'use strict';
(() => {
  async function invoke(channel, input) {
    const response = await fetch('/api/' + encodeURIComponent(channel), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input === undefined ? {} : input),
    });
    return response.json();
  }
  Object.defineProperty(window, 'offerDesk', { value: Object.freeze({ invoke }), writable: false, configurable: false });
})();
`;

/** Puts the shim first in <head>, before any script of the page, so the bridge exists when the app starts. */
export function injectShim(html: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('The renderer page has no <head>; the harness shim cannot be placed.');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    <script src="${SHIM_PATH}"></script>${html.slice(at)}`;
}
