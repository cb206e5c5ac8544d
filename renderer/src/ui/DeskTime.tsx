// The desk's "now" in the offer's zone: the time that decides whether paper is timely.
import { Text } from '@mantine/core';
import { useDeskNow, useOffer } from '../clock/DeskClock';
import { formatInZone, fromMillis } from '../format/time';

export function DeskTime() {
  const { offer } = useOffer();
  const now = useDeskNow();
  if (!offer || now === 0) return null;
  return (
    <Text size="sm" ff="monospace" c="dimmed" aria-label="Desk time" data-testid="desk-time">
      {formatInZone(fromMillis(now), offer.settings.zone)}
    </Text>
  );
}
