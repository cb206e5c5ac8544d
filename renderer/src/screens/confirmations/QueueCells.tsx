// The two cells the desk reads first in the confirmations queue: when the confirmation is due
// (with an unmissable OVERDUE / DUE TODAY flag) and where it stands (sent, printed, nothing yet).
import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ConfirmationRow } from '../../../../main/ipc/dto';
import { LETTER_KIND_LABEL, SEND_METHOD_LABEL } from '../../format/letters';
import { formatCalendarDate } from '../../format/time';

export function DueCell({ row }: { row: ConfirmationRow }) {
  return (
    <Group gap={8} wrap="nowrap" style={{ whiteSpace: 'nowrap' }}>
      <Text size="sm" ff="monospace" c={row.status === 'overdue' ? 'red.8' : undefined} fw={row.status === 'overdue' ? 600 : undefined}>
        {formatCalendarDate(row.due)}
      </Text>
      {row.status === 'overdue' && (
        <Badge color="red" variant="filled" radius="sm" tt="uppercase" style={{ flexShrink: 0 }} data-testid="badge-overdue">
          Overdue
        </Badge>
      )}
      {row.status === 'due-today' && (
        <Badge color="orange" variant="filled" radius="sm" tt="uppercase" style={{ flexShrink: 0 }} data-testid="badge-due-today">
          Due today
        </Badge>
      )}
    </Group>
  );
}

/** A letter on record about this document is in error: the flag, and which letters. */
export function CorrectionFlag({ row }: { row: ConfirmationRow }) {
  if (row.correctionDue.length === 0) {
    return row.status === 'void' ? (
      <Badge color="dark" variant="light" radius="sm" data-testid="badge-void">
        Void · corrected
      </Badge>
    ) : null;
  }
  return (
    <Stack gap={2} data-testid="correction-flag">
      <Badge color="grape" variant="filled" radius="sm" tt="uppercase" data-testid="badge-correction-due">
        Correction due
      </Badge>
      {row.correctionDue.map((l) => (
        <Text key={l.letterId} size="xs" c="grape.9">
          {LETTER_KIND_LABEL[l.kind]} #{l.letterId} of {formatCalendarDate(l.letterDate)}: {l.why}
        </Text>
      ))}
    </Stack>
  );
}

export function StatusCell({ row }: { row: ConfirmationRow }) {
  if (row.status === 'correction-due' || row.status === 'void') return <CorrectionFlag row={row} />;
  if (row.sent) {
    return (
      <Stack gap={0} style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" c="green.8" fw={600}>
          Sent {formatCalendarDate(row.sent.sentOn)}
        </Text>
        <Text size="xs" c="dimmed">
          {SEND_METHOD_LABEL[row.sent.method]} · letter #{row.sent.letterId} · by {row.sent.operator}
        </Text>
      </Stack>
    );
  }
  const last = row.letters.at(-1);
  if (last) {
    return (
      <Stack gap={0} style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" c="blue.8" fw={500}>
          Letter produced {formatCalendarDate(last.letterDate)}
        </Text>
        <Text size="xs" c="dimmed">
          {LETTER_KIND_LABEL[last.kind]} #{last.id} · not marked sent
          {row.letters.length > 1 ? ` · ${row.letters.length} letters in all` : ''}
        </Text>
      </Stack>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      Not yet produced
    </Text>
  );
}
