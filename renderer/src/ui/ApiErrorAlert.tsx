// How a refusal from the desk looks everywhere: a titled alert with the desk's own words and details.
import { Alert, List, Text } from '@mantine/core';
import type { ApiError } from '../api/client';
import { errorTitle } from '../api/errors';

export function ApiErrorAlert({ error, onClose }: { error: ApiError | null; onClose?: () => void }) {
  if (!error) return null;
  return (
    <Alert
      color="red"
      variant="light"
      title={errorTitle(error.code)}
      role="alert"
      withCloseButton={onClose !== undefined}
      closeButtonLabel="Dismiss error"
      {...(onClose ? { onClose } : {})}
      data-error-code={error.code}
    >
      <Text size="sm">{error.message}</Text>
      {error.details.length > 0 && (
        <List size="sm" mt={4} spacing={2}>
          {error.details.slice(0, 20).map((d) => (
            <List.Item key={d}>{d}</List.Item>
          ))}
          {error.details.length > 20 && <List.Item>… and {error.details.length - 20} more</List.Item>}
        </List>
      )}
    </Alert>
  );
}
