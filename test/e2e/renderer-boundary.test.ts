// The window talks to the desk only through `window.offerDesk`: renderer code may take *types*
// from main/ipc and main/core (erased at build), never runtime code from main/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './support/desk-browser';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the renderer boundary', () => {
  it('imports nothing from main/ but types', () => {
    const offending: string[] = [];
    for (const file of sourceFiles(join(REPO, 'renderer', 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
        if ((m[2] ?? '').includes('/main/') && !m[1]) offending.push(`${relative(REPO, file)}: ${m[2]}`);
      }
      for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        if ((m[1] ?? '').includes('/main/')) offending.push(`${relative(REPO, file)}: dynamic ${m[1]}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
