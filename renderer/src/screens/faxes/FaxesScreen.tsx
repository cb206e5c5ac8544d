// Faxes the inbox put on record, newest first: the ones still to file (each opens beside the intake
// form), or every fax with what became of it. Live: a fax that arrives while the screen is open is
// listed without a reload (the 'faxes' change domain refetches the list), never by polling.
import { Anchor, Badge, Button, Group, Stack, Switch, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { FaxListItem } from '../../../../main/ipc/dto';
import { useDeskQuery } from '../../api/useApi';
import { AnswerLoading } from '../../ui/AnswerLoading';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { hrefFor, navigate } from '../../ui/route';
import { CodeSays, ReceiptSourceBadge, StraddleBadge } from './FaxFacts';

export function FaxesScreen({ which }: { which: 'unfiled' | 'all' }) {
  const { data, error, loading } = useDeskQuery('faxes:list', { which });
  const faxes = data?.faxes ?? [];
  return (
    <Stack gap="md" data-testid="faxes" aria-busy={loading}>
      <Group justify="space-between" align="center">
        <Title order={2} size="h3">
          {which === 'all' ? 'Faxes from the inbox' : 'Unfiled faxes'}
        </Title>
        <Group gap="md">
          <AnswerLoading loading={loading} hasData={data !== null} what="the faxes" />
          <Switch
            label="Show filed and set-aside faxes too"
            checked={which === 'all'}
            onChange={(e) => navigate({ screen: 'faxes', which: e.currentTarget.checked ? 'all' : 'unfiled' })}
          />
        </Group>
      </Group>
      <ApiErrorAlert error={error} />
      {data && (
        <Text size="sm" c="dimmed" data-testid="faxes-count">
          {data.unfiled === 0 ? 'No fax is waiting to be filed.' : `${data.unfiled} fax${data.unfiled === 1 ? '' : 'es'} waiting to be filed`}
          {` · ${data.total} on record in all. The desk never deletes anything from the inbox folder.`}
        </Text>
      )}
      {data && faxes.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="xs" aria-label={which === 'all' ? 'Faxes from the inbox' : 'Unfiled faxes'} data-testid="faxes-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Seen</Table.Th>
              <Table.Th>File</Table.Th>
              <Table.Th>Pages</Table.Th>
              <Table.Th>Received</Table.Th>
              <Table.Th>The form&rsquo;s code</Table.Th>
              <Table.Th>
                <VisuallyHidden>Action</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {faxes.map((fax) => (
              <FaxRow key={fax.id} fax={fax} holder={fax.documentEmployeeId} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function FaxRow({ fax, holder }: { fax: FaxListItem; holder: string | null }) {
  return (
    <Table.Tr data-testid="fax-row" data-fax-id={fax.id} data-status={fax.status} data-straddles={fax.straddles ? 'true' : 'false'}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{fax.seenAtText}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {fax.fileName}
        </Text>
      </Table.Td>
      <Table.Td className="num">{fax.pages}</Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Group gap={6}>
            <ReceiptSourceBadge source={fax.receiptSource} />
            {fax.straddles && <StraddleBadge />}
          </Group>
          <Text size="sm">{fax.windowText}</Text>
          {fax.straddles && (
            <Text size="xs" c="red.8" fw={500}>
              The reception began before the expiration and ended after it: whether it was received in time is the CFO&rsquo;s decision.
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <CodeSays fax={fax} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <FaxAction fax={fax} holder={holder} />
      </Table.Td>
    </Table.Tr>
  );
}

function FaxAction({ fax, holder }: { fax: FaxListItem; holder: string | null }) {
  if (fax.status === 'unfiled') {
    return (
      <Button component="a" href={hrefFor({ screen: 'fax', id: fax.id })} size="xs" aria-label={`Open fax ${fax.fileName}`}>
        Open
      </Button>
    );
  }
  return (
    <Stack gap={2}>
      {fax.status === 'filed' ? (
        <Badge color="green" variant="light" radius="sm">
          Filed
        </Badge>
      ) : (
        <Badge color="gray" variant="light" radius="sm">
          Set aside
        </Badge>
      )}
      {fax.documentId !== null && holder !== null ? (
        <Anchor href={hrefFor({ screen: 'holder', employeeId: holder })} size="sm">
          Document #{fax.documentId}
        </Anchor>
      ) : fax.documentId !== null ? (
        <Text size="sm">Document #{fax.documentId}</Text>
      ) : null}
      <Anchor href={hrefFor({ screen: 'fax', id: fax.id })} size="xs" aria-label={`View fax ${fax.fileName}`}>
        View the fax
      </Anchor>
    </Stack>
  );
}
