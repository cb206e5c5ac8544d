// The answer to "what has this person elected?" in one glance: a big state, the shares, and the
// desk's one-sentence explanation of which document governs.
import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { HolderDetail } from '../../../../main/ipc/dto';
import { formatShares, maskedId } from '../../format/numbers';
import { STATE_COLOR, STATE_HEADLINE } from '../../format/labels';

export function ElectionSummary({ detail }: { detail: HolderDetail }) {
  const { holder, election, grants } = detail;
  const tendered = grants.reduce((n, g) => n + g.sharesTendered, 0);
  const eligible = grants.reduce((n, g) => n + g.sharesEligible, 0);
  return (
    <Card>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap={2}>
          <Text size="xs" tt="uppercase" c="dimmed" fw={600}>
            Holder
          </Text>
          <Text fw={600}>
            {holder.name} <Text span c="dimmed" ff="monospace">({holder.employeeId})</Text>
          </Text>
          <Text size="sm">{holder.email}</Text>
          <Text size="sm" c="dimmed">
            {holder.address}
          </Text>
          <Text size="sm">
            ID number <Text span ff="monospace" data-testid="masked-id">{maskedId(holder.idLast4)}</Text>
          </Text>
        </Stack>
        <Stack gap={6}>
          <Text size="xs" tt="uppercase" c="dimmed" fw={600}>
            Current election
          </Text>
          <Group gap="sm">
            <Badge color={STATE_COLOR[election.state]} size="xl" radius="sm" variant="filled" data-testid="election-state">
              {STATE_HEADLINE[election.state]}
            </Badge>
          </Group>
          <Text size="sm" data-testid="election-shares">
            <Text span fw={700} className="num">
              {formatShares(tendered)}
            </Text>{' '}
            of {formatShares(eligible)} shares tendered
          </Text>
          <Text size="sm" c="dimmed" data-testid="election-explanation">
            {election.explanation}
          </Text>
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
