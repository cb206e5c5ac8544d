// The layer map (.dependency-cruiser.cjs) bites: a tree laid out like ours, with one file per
// kind of forbidden import, fails `scripts/check-layers.mjs` naming exactly those imports, while
// the allowed ones beside them (core → luxon, renderer `import type` of the contract, a service's
// own output types) pass. The real tree is checked by `npm run check:layers` in `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const tree = mkdtempSync(join(tmpdir(), 'offer-desk-layers-'));
afterAll(() => rmSync(tree, { recursive: true, force: true }));

const files: Record<string, string> = {
  'main/ledger/rows.ts': 'export const rows = 1;\n',
  'main/ipc/contract.ts': 'export const inputs = 1;\nexport type Input = number;\n',
  'main/ipc/dto.ts': 'export type Row = number;\nexport const ROW = 1;\n',
  'main/ipc/handlers.ts': 'export const table = 1;\n',
  // allowed
  'main/core/zone.ts': "import { IANAZone } from 'luxon';\nexport const z = IANAZone;\n",
  'renderer/src/typed.ts': "import type { Input } from '../../main/ipc/contract';\nexport const n: Input = 1;\n",
  'main/services/row-types.ts': 'export type Row = number;\n',
  'main/services/views.ts': "import type { Row } from './row-types';\nexport const r: Row = 1;\n",
  // forbidden
  'main/core/rule.ts': "import { rows } from '../ledger/rows';\nexport const y = rows;\n",
  'main/core/io.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'renderer/src/runtime.ts': "import { inputs } from '../../main/ipc/contract';\nexport const i = inputs;\n",
  'main/services/new-service.ts': "import type { Row } from '../ipc/dto';\nexport const r: Row = 1;\n",
  'main/services/table-user.ts': "import { table } from '../ipc/handlers';\nexport const t = table;\n",
  'main/cli/reach.ts': "import { rows } from '../ledger/rows';\nexport const r = rows;\n",
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(tree, path)), { recursive: true });
  writeFileSync(join(tree, path), text);
}
symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));

describe('the layer check', () => {
  it('refuses core importing the ledger or Node I/O, runtime contract imports in the renderer, services leaning on ipc/ (even for a type), and the CLI reaching into the ledger', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/check-layers.mjs'), '--base', tree, 'main', 'renderer/src'], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(1);
    const violations = [...r.stdout.matchAll(/error ([\w-]+): (\S+) → (\S+)/g)].map((m) => `${m[1]}: ${m[2]} → ${m[3]}`).sort();
    expect(violations).toEqual(
      [
        'core-is-pure: main/core/rule.ts → main/ledger/rows.ts',
        'core-is-pure: main/core/io.ts → fs',
        'renderer-ipc-types-only: renderer/src/runtime.ts → main/ipc/contract.ts',
        'services-not-ipc: main/services/new-service.ts → main/ipc/dto.ts',
        'services-not-ipc: main/services/table-user.ts → main/ipc/handlers.ts',
        'shells-not-ledger-or-letters: main/cli/reach.ts → main/ledger/rows.ts',
      ].sort(),
    );
  }, 60_000);
});
