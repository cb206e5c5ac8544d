// The renderer page carries the same strict Content Security Policy as the Electron shell
// (main/app/csp.ts): nothing remote, no eval, no inline script.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/app/csp';
import { REPO, RENDERER_DIR } from './support/desk-browser';

function metaPolicy(html: string): string[] {
  return [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)].map((m) => m[1] ?? '');
}

describe('the renderer page', () => {
  it("carries exactly the shell's Content Security Policy in its source", () => {
    const html = readFileSync(join(REPO, 'renderer', 'index.html'), 'utf8');
    expect(metaPolicy(html)).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('allows no remote origin, no eval and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|\*/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    const html = readFileSync(join(REPO, 'renderer', 'index.html'), 'utf8');
    for (const tag of html.match(/<script[^>]*>[\s\S]*?<\/script>/g) ?? []) expect(tag).toMatch(/<script[^>]*\ssrc=/);
  });

  it('keeps the same single policy after the build', () => {
    const built = join(RENDERER_DIR, 'index.html');
    if (!existsSync(built)) return; // covered by the e2e suite, which needs the build anyway
    expect(metaPolicy(readFileSync(built, 'utf8'))).toEqual([CONTENT_SECURITY_POLICY]);
  });
});
