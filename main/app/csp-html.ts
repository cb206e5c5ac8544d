// Puts the desk's CSP into the renderer's index.html at build time, so the policy that ships is
// the one in csp.ts whatever the page's source says. Pure string work, no dependencies: the
// build config imports it, and a test runs it on sample pages.
import { CONTENT_SECURITY_POLICY } from './csp';

const CSP_META = /<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>/gi;
const CONTENT_ATTRIBUTE = /content=(["'])([\s\S]*?)\1/i;

export interface CspHtmlResult {
  html: string;
  /** Policies the page's source carried that differed from ours and were replaced (to warn about). */
  replaced: string[];
}

/** Removes any CSP meta tags the page has and puts ours at the top of <head> (after the charset). */
export function withContentSecurityPolicy(html: string, policy: string = CONTENT_SECURITY_POLICY): CspHtmlResult {
  const replaced: string[] = [];
  const stripped = html.replace(CSP_META, (tag) => {
    const content = CONTENT_ATTRIBUTE.exec(tag)?.[2]?.replace(/\s+/g, ' ').trim() ?? '';
    if (content !== policy) replaced.push(content);
    return '';
  });
  const head = /<head[^>]*>/i.exec(stripped);
  if (head === null) throw new Error('The renderer page has no <head>; the Content Security Policy cannot be placed.');
  // Before anything that loads, but after <meta charset>, which must come first.
  const charset = /<meta\s+charset=[^>]*>/i.exec(stripped.slice(head.index));
  const at = charset === null ? head.index + head[0].length : head.index + charset.index + charset[0].length;
  const tag = `\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return { html: stripped.slice(0, at) + tag + stripped.slice(at), replaced };
}

/** In `electron-vite dev` the policy comes as a header (see security.ts) that allows hot reload. */
export function withoutContentSecurityPolicy(html: string): string {
  return html.replace(CSP_META, '');
}
