// What the document does to the holder's election, before saving (a preview) and after (what
// changed): timely or late, the state before and after, grant by grant, and any warnings.
import { Alert, Badge, Card, Group, List, Stack, Table, Text } from '@mantine/core';
import type { DocumentView, IntakeOutcome } from '../../../../main/ipc/dto';
import { formatShares } from '../../format/numbers';
import { DEFECT_LABEL, KIND_SHORT, STATE_COLOR, STATE_LABEL } from '../../format/labels';
import { formatCalendarDate, formatLocal } from '../../format/time';

interface Props {
  preview: IntakeOutcome;
  recordedId?: number;
  /** False while the form has changed and a fresh preview is on its way. */
  current?: boolean;
  /** After saving: the document as recorded, so the panel says what it is. */
  recorded?: DocumentView;
}

export function PreviewPanel({ preview, recordedId, current = true, recorded }: Props) {
  const before = new Map(preview.before.grants.map((g) => [g.grantId, g]));
  const title = recordedId === undefined ? 'If saved, this document will…' : `Recorded as document #${recordedId}`;
  return (
    <Card
      data-testid={recordedId === undefined ? 'intake-preview' : 'intake-recorded'}
      data-current={current ? 'true' : 'false'}
      bg={recordedId === undefined ? undefined : 'green.0'}
      style={{ opacity: current ? 1 : 0.55, transition: 'opacity 120ms' }}
      aria-busy={!current}
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{title}</Text>
          {preview.timely ? (
            <Badge color="green" variant="light" radius="sm">
              Timely
            </Badge>
          ) : (
            <Badge color="red" variant="filled" radius="sm">
              Late: no effect
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {preview.holder.name} · received {preview.receivedAtText}{' '}
          <Text span c="dimmed" size="xs">
            (your time {formatLocal(preview.receivedAt)})
          </Text>
        </Text>
        {recorded && <RecordedAs document={recorded} />}
        <Group gap="xs">
          <Badge color={STATE_COLOR[preview.before.state]} variant="light" radius="sm" data-testid="preview-before-state">
            {STATE_LABEL[preview.before.state]}
          </Badge>
          <Text size="sm" aria-hidden>
            →
          </Text>
          <Badge color={STATE_COLOR[preview.after.state]} variant="filled" radius="sm" data-testid="preview-after-state">
            {STATE_LABEL[preview.after.state]}
          </Badge>
        </Group>
        {/* Paper from someone not on the roster has no grants on record to show. */}
        {preview.after.grants.length > 0 && (
          <Table aria-label="Shares tendered before and after" fz="xs" verticalSpacing={2}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Grant</Table.Th>
                <Table.Th className="num">Before</Table.Th>
                <Table.Th className="num">After</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.after.grants.map((g) => {
                const was = before.get(g.grantId)?.sharesTendered ?? 0;
                const changed = was !== g.sharesTendered;
                return (
                  <Table.Tr key={g.grantId}>
                    <Table.Td ff="monospace">{g.grantId}</Table.Td>
                    <Table.Td className="num">{formatShares(was)}</Table.Td>
                    <Table.Td className="num" fw={changed ? 700 : undefined} c={changed ? 'blue.8' : undefined}>
                      {formatShares(g.sharesTendered)}
                      {g.raisedByLookback ? ' (look-back)' : ''}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {preview.changes.length > 0 ? (
          <List size="sm" spacing={2} data-testid="preview-changes">
            {preview.changes.map((c) => (
              <List.Item key={c}>{c}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            No change to the election.
          </Text>
        )}
        {preview.warnings.length > 0 && (
          <Alert color="yellow" variant="light" title="Check before saving" p="xs">
            <List size="sm" spacing={2}>
              {preview.warnings.map((w) => (
                <List.Item key={w}>{w}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {preview.lateKeyingRequired && (
          <Text size="sm" c="red.8">
            Keyed after the expiration: saving needs a written reason and flags the document.
          </Text>
        )}
        <Text size="xs" c="dimmed">
          Confirmation due {formatCalendarDate(preview.confirmationDue)} (five business days from receipt).
        </Text>
      </Stack>
    </Card>
  );
}

/** What was put on record: the kind of paper and, for paper that cannot count, why. */
function RecordedAs({ document }: { document: DocumentView }) {
  const defects = document.assessment.defects.map((d) => DEFECT_LABEL[d.defect]);
  return (
    <Stack gap={2} data-testid="recorded-as">
      <Text size="sm">
        {document.nameAsWritten !== null
          ? `${KIND_SHORT[document.kind]} from someone not on the roster: “${document.nameAsWritten}”, employee ID “${document.employeeId}” as written. Kept on record; it changes no one’s election.`
          : `${KIND_SHORT[document.kind]} from ${document.employeeId}.`}
      </Text>
      {defects.length > 0 && (
        <Text size="sm" c="orange.9">
          Defects: {defects.join('; ')}.
        </Text>
      )}
      {document.tenders.length > 0 && document.nameAsWritten !== null && (
        <Text size="xs" c="dimmed">
          As written: {document.tenders.map((t) => `${t.grantId} ${formatShares(t.shares)}`).join(', ')}
        </Text>
      )}
    </Stack>
  );
}
