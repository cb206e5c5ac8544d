// Every format step, in order. Adding a step: write migrations/000N-name.ts and append it here;
// LATEST_FORMAT follows. The check below keeps the list honest (1, 2, 3 … with no gap or repeat),
// because a skipped number would silently leave a ledger without some table.

import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-letters';
import { migration0003 } from './0003-corrections';
import { migration0004 } from './0004-compact-events';
import { migration0005 } from './0005-settings-officer-optional';
import { migration0006 } from './0006-closing';
import { migration0007 } from './0007-fax-inbox';
import type { Migration } from './migration';

export type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007];

MIGRATIONS.forEach((step, index) => {
  if (step.version !== index + 1) {
    throw new Error(`Ledger migrations are out of order: position ${index + 1} holds version ${step.version}`);
  }
});

/** The newest ledger format this version of Offer Desk reads and writes. */
export const LATEST_FORMAT: number = MIGRATIONS.length;
