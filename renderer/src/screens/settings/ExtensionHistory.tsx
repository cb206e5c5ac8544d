// Every extension with its own record: from, to, when decided, by whom, why, and whether it was
// announced late. One recorded by mistake can be voided (only the newest standing one: the ledger's
// rule); a void one stays listed, struck through, with who voided it, when and why.
import { Badge, Button, Card, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { Extension } from '../../../../main/core/types';
import type { OfferSummary } from '../../../../main/ipc/dto';
import { useOffer } from '../../clock/DeskClock';
import { formatInZone } from '../../format/time';
import { ExtensionVoidDialog } from './ExtensionVoidDialog';
import { useLedgerWritable } from '../../ui/LedgerAccess';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

export function ExtensionHistory({ offer }: { offer: OfferSummary }) {
  const writable = useLedgerWritable();
  const zone = offer.settings.zone;
  const { refresh } = useOffer();
  const [voiding, setVoiding] = useState<Extension | null>(null);
  const newestStanding = [...offer.extensions].reverse().find((x) => !x.voided)?.id ?? null;
  return (
    <Card>
      <Text fw={600} mb="xs">
        Extension history ({offer.extensions.length})
      </Text>
      {offer.extensions.length === 0 ? (
        <Text size="sm" c="dimmed">
          The offer has not been extended.
        </Text>
      ) : (
        <Table striped aria-label="Extensions" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>From</Table.Th>
              <Table.Th>To</Table.Th>
              <Table.Th>Decided</Table.Th>
              <Table.Th>Announcement</Table.Th>
              <Table.Th>By</Table.Th>
              <Table.Th>Reason</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {offer.extensions.map((x) => {
              const strike = x.voided ? ({ textDecoration: 'line-through', color: 'var(--mantine-color-dark-3)' } as const) : {};
              return (
              <Table.Tr key={x.id} data-testid={`extension-${x.id}`} data-void={x.voided ? 'true' : 'false'}>
                <Table.Td style={{ ...NOWRAP, ...strike }}>{formatInZone(x.fromExpiresAt, zone)}</Table.Td>
                <Table.Td fw={600} style={{ ...NOWRAP, ...strike }}>
                  {formatInZone(x.toExpiresAt, zone)}
                </Table.Td>
                <Table.Td style={{ ...NOWRAP, ...strike }}>{formatInZone(x.decidedAt, zone)}</Table.Td>
                <Table.Td>
                  {x.announcedLate ? (
                    <Badge color="yellow" variant="light" radius="sm">
                      Late
                    </Badge>
                  ) : (
                    'On time'
                  )}
                </Table.Td>
                <Table.Td style={strike}>{x.operator}</Table.Td>
                <Table.Td style={strike}>{x.reason}</Table.Td>
                <Table.Td style={NOWRAP}>
                  {x.voided ? (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'normal' }} data-testid="extension-void-note">
                      Void: {formatInZone(x.voided.voidedAt, zone)} by {x.voided.operator} ({x.voided.reason})
                    </Text>
                  ) : x.id === newestStanding ? (
                    <Button size="compact-xs" variant="default" color="red" onClick={() => setVoiding(x)} disabled={!writable} aria-label={`Void extension #${x.id}…`}>
                      Void…
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <ExtensionVoidDialog extension={voiding} zone={zone} onClose={() => setVoiding(null)} onDone={refresh} />
    </Card>
  );
}
