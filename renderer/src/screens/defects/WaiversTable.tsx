// The waivers granted so far: each settles one kind of defect on every document, offer-wide. One
// granted by mistake can be voided; it stays listed, struck through, with who, when and why.
import { Button, Card, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { Waiver } from '../../../../main/core/types';
import { DEFECT_LABEL } from '../../format/labels';
import { formatInZone } from '../../format/time';
import { WaiverVoidDialog } from './WaiverVoidDialog';
import { useLedgerWritable } from '../../ui/LedgerAccess';

export function WaiversTable({ waivers, zone, onVoided }: { waivers: Waiver[]; zone: string; onVoided?: () => void }) {
  const writable = useLedgerWritable();
  const [voiding, setVoiding] = useState<Waiver | null>(null);
  return (
    <Card>
      <Text fw={600} mb="xs">
        Waivers granted ({waivers.length})
      </Text>
      {waivers.length === 0 ? (
        <Text size="sm" c="dimmed">
          No waiver granted. Every defect must be cured by its deadline.
        </Text>
      ) : (
        <Table striped aria-label="Waivers granted">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Defect waived (offer-wide)</Table.Th>
              <Table.Th>Reason</Table.Th>
              <Table.Th>Granted</Table.Th>
              <Table.Th>By</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {waivers.map((w) => {
              const strike = w.voided ? ({ textDecoration: 'line-through', color: 'var(--mantine-color-dark-3)' } as const) : {};
              return (
              <Table.Tr key={w.id} data-testid={`waiver-${w.id}`} data-void={w.voided ? 'true' : 'false'}>
                <Table.Td style={{ whiteSpace: 'nowrap', ...strike }}>{DEFECT_LABEL[w.defect]}</Table.Td>
                <Table.Td style={strike}>{w.reason}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap', ...strike }}>{formatInZone(w.grantedAt, zone)}</Table.Td>
                <Table.Td style={strike}>{w.operator}</Table.Td>
                <Table.Td>
                  {w.voided ? (
                    <Text size="xs" c="dimmed">
                      Void: {formatInZone(w.voided.voidedAt, zone)} by {w.voided.operator} ({w.voided.reason})
                    </Text>
                  ) : (
                    <Button size="compact-xs" variant="default" color="red" onClick={() => setVoiding(w)} disabled={!writable} aria-label={`Void waiver #${w.id}…`}>
                      Void…
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <WaiverVoidDialog waiver={voiding} zone={zone} onClose={() => setVoiding(null)} onDone={() => onVoided?.()} />
    </Card>
  );
}
