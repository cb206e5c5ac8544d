// Once the offer is closed the window says so everywhere: a CLOSED badge in the header, and where a
// control would change the record (intake, extensions, waivers, voids, settings), the control stays
// in view but disabled under one plain sentence naming when and by whom the offer was closed. The
// sentence is the desk's (offer summary), the same words the desk refuses a change with.
import { Alert, Badge, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ClosingView } from '../../../main/ipc/dto';
import { useOffer } from '../clock/DeskClock';

/** The close on record, or null while the offer is open (or not yet known). */
export function useClosing(): ClosingView | null {
  return useOffer().offer?.closing ?? null;
}

export function ClosedBadge() {
  const closing = useClosing();
  if (closing === null) return null;
  return (
    <Tooltip label={closing.sentence} multiline w={360}>
      <Badge color="dark" variant="filled" size="lg" radius="sm" data-testid="closed-badge" aria-label={`Offer closed on ${closing.closedAtText} by ${closing.closedBy}`}>
        CLOSED
      </Badge>
    </Tooltip>
  );
}

/** The plain sentence above controls a closed offer no longer takes. */
export function ClosedNotice() {
  const closing = useClosing();
  if (closing === null) return null;
  return (
    <Alert color="dark" variant="light" title="The offer is closed" data-testid="closed-notice">
      <Text size="sm">{closing.sentence}</Text>
    </Alert>
  );
}

/**
 * Controls that change the record: kept in view, disabled once the offer is closed (a disabled
 * fieldset disables every button and field inside it), under the sentence saying why.
 */
export function ClosedGuard({ children, notice = true }: { children: ReactNode; notice?: boolean }) {
  const closed = useClosing() !== null;
  return (
    <>
      {closed && notice && <ClosedNotice />}
      <fieldset disabled={closed} data-closed={closed ? 'true' : 'false'} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        {children}
      </fieldset>
    </>
  );
}
