// What a screen shows while its answer is on the way. The first answer may take seconds on a big
// offer: the screen says so (and is marked busy for assistive technology) instead of looking
// empty; a later refetch keeps the last figures on screen and says it is updating.
import { Group, Loader, Text } from '@mantine/core';

export function AnswerLoading({ loading, hasData, what }: { loading: boolean; hasData: boolean; what: string }) {
  if (!loading) return null;
  if (hasData) {
    return (
      <Text size="xs" c="dimmed" role="status" aria-live="polite" data-testid="answer-updating">
        Updating {what}…
      </Text>
    );
  }
  return (
    <Group gap="sm" role="status" aria-live="polite" aria-busy="true" data-testid="answer-loading">
      <Loader size="sm" />
      <Text size="sm" c="dimmed">
        Loading {what}…
      </Text>
    </Group>
  );
}
