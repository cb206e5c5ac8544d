// The window's Content Security Policy, as data with no runtime dependencies, so that the shell
// (response header), the renderer build (electron.vite.config.ts writes it into the built
// index.html, see csp-html.ts) and the tests all read the very same policy.
//
// Why each relaxation exists, and nothing more:
// - style-src 'unsafe-inline': Mantine writes its theme variables and breakpoint classes into
//   <style> tags at run time, and its components (and recharts) set `style=""` attributes. Inline
//   *styles* cannot run code; inline *scripts* stay forbidden.
// - img-src data: blob:: attachment previews (a scanned fax page) are shown from bytes the desk
//   returns, never from a URL on the network.
// Everything else is 'self' or 'none': the app is offline, so no remote origin is ever allowed,
// and there is no 'unsafe-eval' (nothing in the UI needs to compile strings into code).
// frame-src 'none' also means a PDF attachment cannot be shown in an <iframe>: Chromium's PDF
// viewer would need `plugins: true` and a blob: frame, a wider door than the desk has agreed to.
// - worker-src 'self': letters are previewed and printed by drawing their PDF pages onto <canvas>
//   with pdf.js, which parses the PDF in a Web Worker. The worker script is bundled with the page
//   (renderer/src/pdf/pdfjs.ts), so only our own origin may start one: no blob: or data: workers
//   (they would run code the page made up at run time), and pdf.js runs with isEvalSupported: false.

export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  // Deny by default: every kind of resource the page may load is named below.
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['worker-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

function serialize(directives: ReadonlyArray<readonly [string, string]>): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy for the `<meta http-equiv="Content-Security-Policy">` tag of the built renderer. */
export const CONTENT_SECURITY_POLICY = serialize(CSP_DIRECTIVES);

/**
 * The policy sent as a response header. `frame-ancestors` is only honoured in a header (a meta tag
 * ignores it), so it is added here: no page may embed the desk.
 */
export const CONTENT_SECURITY_POLICY_HEADER = serialize([...CSP_DIRECTIVES, ['frame-ancestors', "'none'"]]);

/** The tag itself, ready to place first in the renderer's <head>. */
export const CSP_META_TAG = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;

/**
 * Development only (`electron-vite dev`): Vite's dev server needs a websocket for hot reload and
 * React Refresh injects one small inline module script. Never used when the app is packaged or
 * loaded from files; the loopback origin is the dev server the developer started, not the network.
 */
export function devServerPolicy(devServerUrl: string): string {
  const origin = new URL(devServerUrl);
  const ws = `${origin.protocol === 'https:' ? 'wss' : 'ws'}://${origin.host}`;
  return serialize(
    CSP_DIRECTIVES.map(([name, value]): readonly [string, string] => {
      if (name === 'script-src') return [name, `${value} 'unsafe-inline'`];
      if (name === 'connect-src') return [name, `${value} ${ws}`];
      return [name, value];
    }),
  );
}
