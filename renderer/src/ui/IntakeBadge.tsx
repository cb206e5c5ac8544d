// The one signal that must never be misread: is the desk still taking elections? Shown in the
// header on every screen, with the time left or the moment it locked.
import { Badge, Group, Text } from '@mantine/core';
import { useIntakeStatus, useOffer } from '../clock/DeskClock';
import { formatCountdown } from '../format/time';

export function IntakeBadge() {
  const { offer } = useOffer();
  const status = useIntakeStatus();
  if (!offer || !status.known) return <Badge color="gray" variant="light">Intake …</Badge>;
  if (status.open) {
    return (
      <Group gap={8} wrap="nowrap">
        <Badge color="green" variant="filled" size="lg" radius="sm" data-testid="intake-state">
          Intake open
        </Badge>
        <Text size="sm" c="dimmed" ff="monospace" aria-label="Time left until expiration">
          closes in {formatCountdown(status.remainingMs)}
        </Text>
      </Group>
    );
  }
  return (
    <Group gap={8} wrap="nowrap">
      <Badge color="red" variant="filled" size="lg" radius="sm" data-testid="intake-state">
        Intake locked
      </Badge>
      <Text size="sm" c="red.8" fw={500}>
        expired {offer.expiresAtText}
      </Text>
    </Group>
  );
}
