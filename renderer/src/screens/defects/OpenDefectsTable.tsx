// Every document with a defect still open: whose, what is missing, and by when it must be cured.
import { Anchor, Badge, Button, Card, Group, Table, Text } from '@mantine/core';
import type { OpenDefectRow } from '../../../../main/ipc/dto';
import { DEFECT_LABEL, DEFECT_STATE_LABEL, KIND_SHORT } from '../../format/labels';
import { formatInZone } from '../../format/time';
import { hrefFor } from '../../ui/route';
import { useLedgerWritable } from '../../ui/LedgerAccess';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

interface Props {
  rows: OpenDefectRow[];
  loading: boolean;
  zone: string;
  onCure: (row: OpenDefectRow) => void;
}

export function OpenDefectsTable({ rows, loading, zone, onCure }: Props) {
  const writable = useLedgerWritable();
  return (
    <Card>
      <Text fw={600} mb="xs">
        Open defects ({rows.length})
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {loading ? 'Loading…' : 'No document has an open defect.'}
        </Text>
      ) : (
        <Table striped aria-label="Documents with open defects">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Document</Table.Th>
              <Table.Th>Holder</Table.Th>
              <Table.Th>Received</Table.Th>
              <Table.Th>What is wrong</Table.Th>
              <Table.Th>Cure by</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.documentId} data-testid={`open-defect-${r.documentId}`}>
                <Table.Td style={NOWRAP}>
                  #{r.documentId} {KIND_SHORT[r.kind]}
                </Table.Td>
                <Table.Td>
                  <Anchor href={hrefFor({ screen: 'holder', employeeId: r.employeeId })} size="sm">
                    {r.name}
                  </Anchor>{' '}
                  <Text span size="xs" c="dimmed" ff="monospace">
                    {r.employeeId}
                  </Text>
                </Table.Td>
                <Table.Td style={NOWRAP}>{r.receivedAtText}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {r.defects
                      .filter((d) => d.state === 'open' || d.state === 'cure-late')
                      .map((d) => (
                        <Badge key={d.defect} color="orange" variant="light" radius="sm">
                          {DEFECT_LABEL[d.defect]}
                          {d.state === 'cure-late' ? ` (${DEFECT_STATE_LABEL[d.state]})` : ''}
                        </Badge>
                      ))}
                  </Group>
                </Table.Td>
                <Table.Td style={NOWRAP}>{formatInZone(r.cureDeadline, zone)}</Table.Td>
                <Table.Td style={NOWRAP}>
                  <Button size="compact-sm" variant="default" onClick={() => onCure(r)} disabled={!writable} aria-label={`Record a cure for document ${r.documentId}`}>
                    Record cure…
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
