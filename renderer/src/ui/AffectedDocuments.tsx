// Every document whose standing a void (or a correction) changes, and the letters already produced
// that it makes wrong: each of those will be flagged "correction due" in the confirmations queue.
import { Badge, List, Stack, Table, Text } from '@mantine/core';
import type { StandingChange } from '../../../main/ipc/dto';
import { letterInWords, lettersMadeWrong } from '../format/corrections';
import { KIND_SHORT, STANDING_COLOR, STANDING_LABEL } from '../format/labels';

export function AffectedDocuments({ affected }: { affected: readonly StandingChange[] }) {
  const wrong = lettersMadeWrong(affected);
  if (affected.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="affected-none">
        No document changes standing.
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      <Table fz="sm" aria-label="Documents whose standing changes" data-testid="affected-documents">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Document</Table.Th>
            <Table.Th>Holder</Table.Th>
            <Table.Th>Received</Table.Th>
            <Table.Th>Standing</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {affected.map((c) => (
            <Table.Tr key={c.documentId} data-testid={`affected-${c.documentId}`}>
              <Table.Td>
                #{c.documentId} {KIND_SHORT[c.kind]}
              </Table.Td>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.receivedAtText}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge color={STANDING_COLOR[c.before]} variant="light" radius="sm">
                  {STANDING_LABEL[c.before]}
                </Badge>{' '}
                →{' '}
                <Badge color={STANDING_COLOR[c.after]} variant="filled" radius="sm">
                  {STANDING_LABEL[c.after]}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {wrong.length > 0 && (
        <div data-testid="letters-made-wrong">
          <Text size="sm" fw={600} c="red.8">
            Letters already produced that become wrong (a correction letter will be due):
          </Text>
          <List size="sm">
            {wrong.map((l) => (
              <List.Item key={l.letterId}>
                {letterInWords(l)}: {l.why}
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
