// The window talks to the desk only through `window.offerDesk`: renderer code may take *types*
// from main/ (erased at build), and runtime code only from main/core, the pure rulebook the
// window shares with the desk (one rule, never a copy that could disagree).
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
  it('imports nothing from main/ but types and the pure rules of main/core', () => {
    const offending: string[] = [];
    for (const file of sourceFiles(join(REPO, 'renderer', 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
        if ((m[2] ?? '').includes('/main/') && !(m[2] ?? '').includes('/main/core/') && !m[1]) offending.push(`${relative(REPO, file)}: ${m[2]}`);
      }
      for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        if ((m[1] ?? '').includes('/main/')) offending.push(`${relative(REPO, file)}: dynamic ${m[1]}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('main/core, which the window loads, loads nothing from the rest of main/ (no SQLite, no Electron, no zod)', () => {
    const offending: string[] = [];
    for (const file of sourceFiles(join(REPO, 'main', 'core'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
        const from = m[2] ?? '';
        if (!m[1] && (from.startsWith('../') || from === 'zod' || from === 'electron' || from.startsWith('node:'))) offending.push(`${relative(REPO, file)}: ${from}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
