// The paragraph for the final amendment to the Schedule TO, filled in by the desk (core's
// scheduleToParagraph), with a Copy button so it goes into the filing exactly as computed.
import { Alert, Button, Card, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { copyText } from './copy-text';

export function ScheduleToCard({ paragraph, preliminary }: { paragraph: string; preliminary: boolean }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  return (
    <Card withBorder aria-labelledby="schedule-to-title">
      <Group justify="space-between" mb="xs">
        <Text fw={600} id="schedule-to-title">
          For the final amendment to the Schedule TO
        </Text>
        <Button
          size="xs"
          variant="default"
          onClick={() => {
            void copyText(paragraph).then((ok) => setCopied(ok ? 'yes' : 'failed'));
          }}
        >
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </Button>
      </Group>
      {preliminary && (
        <Text size="sm" c="red" fw={600} mb="xs">
          Draft: the offer is not closed; the figures will change until it is.
        </Text>
      )}
      <Text data-testid="schedule-to-paragraph" style={{ userSelect: 'text' }}>
        {paragraph}
      </Text>
      {copied === 'failed' && (
        <Alert color="yellow" mt="xs">
          The paragraph could not be copied; select it and use Edit › Copy.
        </Alert>
      )}
    </Card>
  );
}
