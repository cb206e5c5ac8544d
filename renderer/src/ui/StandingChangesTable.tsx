// The documents whose standing an offer-wide change would move (late -> timely and back, settled
// -> defective ...), as the desk previewed them, with the letters already sent that would then be
// wrong. Shown before an extension, or a void of one, is confirmed: nobody moves a deadline blind.
import { Badge, Stack, Table, Text } from '@mantine/core';
import type { StandingChange } from '../../../main/ipc/dto';
import { KIND_SHORT, STANDING_COLOR, STANDING_LABEL } from '../format/labels';

export function StandingChangesTable({ changes }: { changes: StandingChange[] }) {
  if (changes.length === 0) {
    return (
      <Text size="sm" data-testid="standing-changes" data-count="0">
        No document changes standing.
      </Text>
    );
  }
  const letters = changes.reduce((n, c) => n + c.lettersToCorrect.length, 0);
  return (
    <Stack gap={4} data-testid="standing-changes" data-count={changes.length}>
      <Text size="sm" fw={600}>
        {changes.length} {changes.length === 1 ? 'document changes' : 'documents change'} standing
        {letters > 0 ? `; ${letters} ${letters === 1 ? 'letter already produced becomes' : 'letters already produced become'} wrong (a correction letter will be due)` : ''}:
      </Text>
      <Table.ScrollContainer minWidth={520} mah={260}>
        <Table striped aria-label="Documents whose standing changes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Holder</Table.Th>
              <Table.Th>Paper</Table.Th>
              <Table.Th>Received (ET)</Table.Th>
              <Table.Th>Standing</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((c) => (
              <Table.Tr key={c.documentId}>
                <Table.Td>
                  {c.name} · {c.employeeId}
                </Table.Td>
                <Table.Td>
                  #{c.documentId} {KIND_SHORT[c.kind]}
                </Table.Td>
                <Table.Td>{c.receivedAtText}</Table.Td>
                <Table.Td>
                  <Badge color={STANDING_COLOR[c.before]} variant="light">
                    {STANDING_LABEL[c.before]}
                  </Badge>{' '}
                  →{' '}
                  <Badge color={STANDING_COLOR[c.after]} variant="filled">
                    {STANDING_LABEL[c.after]}
                  </Badge>
                  {c.lettersToCorrect.length > 0 && (
                    <Text size="xs" c="orange.8">
                      {c.lettersToCorrect.map((l) => `${l.kind} letter of ${l.letterDate}`).join(', ')} to correct
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
