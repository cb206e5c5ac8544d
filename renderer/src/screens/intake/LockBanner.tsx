// Shown in place of an open form once the offer has expired: why intake is locked, and the one
// path left (keying a document with its true, earlier receipt time, flagged, with a reason).
import { Alert, Button, Stack, Text } from '@mantine/core';

interface Props {
  expiresAtText: string;
  latePath: boolean;
  onLatePath: () => void;
}

export function LockBanner({ expiresAtText, latePath, onLatePath }: Props) {
  return (
    <Alert color="red" variant="filled" title="Intake is locked: the offer expired" role="alert" data-testid="intake-locked">
      <Stack gap={6}>
        <Text size="sm">
          The offer expired at {expiresAtText}. No document can now be recorded as timely in the ordinary way. Paper received
          after that moment is still logged, marked late, and changes no election.
        </Text>
        {latePath ? (
          <Text size="sm" fw={600}>
            Late-keying path: the document will be flagged as keyed after the expiration, with your written reason.
          </Text>
        ) : (
          <Button color="white" variant="white" c="red.9" w="fit-content" onClick={onLatePath}>
            Log paper received before the expiration (flagged, with a reason) or a late arrival
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
