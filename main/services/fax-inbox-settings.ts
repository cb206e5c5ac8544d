// Settings › Fax inbox (`inbox:get`, `inbox:set`): the folder the fax server drops faxes into, its
// xferfaxlog, and the fax server's zone, kept per ledger on this computer (ledger-state.ts: a
// folder on this machine means nothing to another one, so it is not in the ledger). Saving checks
// each path and the zone, then restarts the watcher, which scans the folder at once.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { OfferDeskError } from '../core/errors';
import { isValidZone } from '../core/zones';
import { requireOfferOpen } from './closing-view';
import type { Desk } from './desk';
import type { InboxSettings, InboxView } from './fax-inbox-types';
import { inboxStatus, readInboxSettings, startInbox, stopInbox } from './inbox-session';
import { updateLedgerState } from './ledger-state';

export interface InboxSettingsInput {
  /** Null stops watching and forgets the inbox of this ledger on this computer. */
  dir: string | null;
  xferfaxlog: string | null;
  /** Null: the offer's zone. */
  serverZone: string | null;
}

function refuse(message: string): never {
  throw new OfferDeskError('invalid-input', message);
}

function kindOf(path: string): 'file' | 'folder' | 'other' | null {
  try {
    const st = statSync(path);
    return st.isDirectory() ? 'folder' : st.isFile() ? 'file' : 'other';
  } catch {
    return null;
  }
}

export function inboxView(desk: Desk, dataDir: string | null): InboxView {
  const settings = readInboxSettings(desk, dataDir);
  return { settings, editable: dataDir !== null, offerZone: desk.ledger.settings().zone, status: inboxStatus(desk, settings) };
}

/** Checks the settings as the operator gave them; each refusal is one sentence and changes nothing. */
export function checkInboxSettings(input: InboxSettingsInput & { dir: string }, offerZone: string): InboxSettings {
  const dir = resolve(input.dir);
  const dirKind = kindOf(dir);
  if (dirKind === null) refuse(`The fax inbox folder ${dir} does not exist; nothing was changed.`);
  if (dirKind !== 'folder') refuse(`${dir} is not a folder: choose the folder the fax server puts received faxes in; nothing was changed.`);
  let xferfaxlog: string | null = null;
  if (input.xferfaxlog !== null) {
    xferfaxlog = resolve(input.xferfaxlog);
    const logKind = kindOf(xferfaxlog);
    if (logKind === null) refuse(`The fax server's log ${xferfaxlog} does not exist; nothing was changed.`);
    if (logKind !== 'file') refuse(`${xferfaxlog} is not a file: choose HylaFAX's xferfaxlog file itself; nothing was changed.`);
  }
  const serverZone = input.serverZone ?? offerZone;
  if (!isValidZone(serverZone)) refuse(`"${serverZone}" is not a time zone the desk knows: give the fax server's zone as an IANA name such as America/New_York; nothing was changed.`);
  return { dir, xferfaxlog, serverZone };
}

export function setInbox(desk: Desk, dataDir: string | null, input: InboxSettingsInput, log?: (message: string) => void): InboxView {
  if (dataDir === null) refuse('This desk has no data folder to keep the fax inbox setting in; nothing was changed.');
  // A closed offer takes no more faxes: setting up its inbox would only promise what cannot happen.
  requireOfferOpen(desk.parts);
  const info = desk.ledger.info();
  if (input.dir === null) {
    updateLedgerState(dataDir, info.ledgerId, info.path, { inbox: null });
    void stopInbox(desk);
    return inboxView(desk, dataDir);
  }
  const settings = checkInboxSettings({ ...input, dir: input.dir }, desk.ledger.settings().zone);
  updateLedgerState(dataDir, info.ledgerId, info.path, { inbox: settings });
  // Saving scans at once: the new watcher's first scan runs now (its result shows on the next inbox:get).
  startInbox(desk, dataDir, log);
  return inboxView(desk, dataDir);
}
