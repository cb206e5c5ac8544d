// A ledger the desk may only read — on read-only media, or damaged (it failed SQLite's integrity
// check) — is shown as such on every screen: a banner with the desk's own words (and, for a damaged
// file, the newest good backup to restore), and every control that would record something greyed
// out. The desk refuses those writes anyway (services/ledger-damage.ts); greying them out spares the
// clerk a form filled in for nothing.
import { Alert, Text } from '@mantine/core';
import { useDeskQuery } from '../api/useApi';

/** False while the open ledger may only be read; true while it may be written, or is not known yet. */
export function useLedgerWritable(): boolean {
  const access = useDeskQuery('ledger:access', {});
  return access.data?.writable ?? true;
}

/** Why a greyed-out control is greyed out, for its tooltip/title. */
export const READ_ONLY_TITLE = 'This ledger is open for reading only: nothing can be recorded in it (see the banner above).';

export function LedgerAccessBanner() {
  const access = useDeskQuery('ledger:access', {});
  const a = access.data;
  if (!a || a.writable || a.notice === null) return null;
  const damaged = a.code === 'ledger-damaged';
  return (
    <Alert
      color={damaged ? 'red' : 'yellow'}
      variant="filled"
      mb="md"
      role="status"
      title={damaged ? 'Damaged ledger: open for reading only' : 'Read-only ledger: nothing can be recorded'}
      data-testid="ledger-access-banner"
      data-ledger-access={a.code ?? undefined}
    >
      <Text size="sm">{a.notice}</Text>
    </Alert>
  );
}
