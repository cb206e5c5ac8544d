// The offer and its expiration, stated in Eastern (as the paper states it) and in this machine's
// zone, with the countdown taken from the desk's clock.
import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useIntakeStatus, useOffer } from '../../clock/DeskClock';
import { formatCountdown, formatLocal, formatLongInZone } from '../../format/time';

export function OfferPanel() {
  const { offer } = useOffer();
  const status = useIntakeStatus();
  if (!offer) return null;
  const { settings } = offer;
  const extended = offer.extensions.length > 0;
  return (
    <Card>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Stack gap={2}>
          <Text size="xs" tt="uppercase" c="dimmed" fw={600}>
            Offer to Exchange Options
          </Text>
          <Text fw={600} size="lg">
            {settings.company}
          </Text>
          <Text size="sm" c="dimmed">
            {settings.cfoName}, {settings.cfoTitle} · fax {settings.fax}
          </Text>
          <Text size="sm" c="dimmed">
            Plans {settings.plans.join(' and ')} · commenced {settings.commencedOn}
          </Text>
        </Stack>
        <Stack gap={2}>
          <Text size="xs" tt="uppercase" c="dimmed" fw={600}>
            Expiration {extended ? `(extended ${offer.extensions.length}×)` : ''}
          </Text>
          <Text fw={600} size="lg" data-testid="expiration-et">
            {formatLongInZone(offer.expiresAt, settings.zone)}
          </Text>
          <Text size="sm" c="dimmed" data-testid="expiration-local">
            Your time: {formatLocal(offer.expiresAt)}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-start">
          <Text size="xs" tt="uppercase" c="dimmed" fw={600}>
            Intake
          </Text>
          {status.known && status.open && (
            <Group gap="sm">
              <Badge color="green" size="xl" radius="sm" variant="filled">
                Open
              </Badge>
              <Text ff="monospace" fw={600} size="xl" aria-label="Time left until expiration" data-testid="countdown">
                {formatCountdown(status.remainingMs)}
              </Text>
            </Group>
          )}
          {status.known && !status.open && (
            <>
              <Badge color="red" size="xl" radius="sm" variant="filled">
                Locked
              </Badge>
              <Text size="sm" c="red.8">
                The offer expired at {offer.expiresAtText}. Paper received now is logged as late and changes nothing.
              </Text>
            </>
          )}
          {status.known && status.open && (
            <Text size="sm" c="dimmed">
              Paper received at or before the expiration is timely.
            </Text>
          )}
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
