// What the fax's record says, in the desk's words: where its receipt time comes from, whether its
// reception straddles the expiration, what its form's code names, and the TIFF's own date (shown
// as corroboration only: a fax machine's clock is the sender's, never the receipt).
import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import type { FaxReceiptSource } from '../../../../main/core/types';
import type { FaxListItem, FaxView } from '../../../../main/ipc/dto';
import { KIND_SHORT, SOURCE_LABEL } from '../../format/labels';

export function ReceiptSourceBadge({ source }: { source: FaxReceiptSource }) {
  return (
    <Badge color={source === 'fax-server-log' ? 'blue' : 'gray'} variant="light" radius="sm" data-testid="receipt-source">
      {SOURCE_LABEL[source]}
    </Badge>
  );
}

/** Unmissable: red, filled, in capitals. */
export function StraddleBadge() {
  return (
    <Badge color="red" variant="filled" radius="sm" data-testid="straddle-flag">
      Straddles expiration
    </Badge>
  );
}

/** The list's cell: the holder and form the code names, or why nothing is preselected. */
export function CodeSays({ fax }: { fax: FaxListItem }) {
  if (fax.code !== null) {
    return (
      <Stack gap={0} data-testid="fax-code" data-employee-id={fax.code.employeeId}>
        <Text size="sm" fw={500}>
          {fax.code.holderName} · {fax.code.employeeId}
        </Text>
        <Text size="xs" c="dimmed">
          {KIND_SHORT[fax.code.kind]}
        </Text>
      </Stack>
    );
  }
  return (
    <Text size="xs" c={fax.codeReading.status === 'none' ? 'dimmed' : 'orange.8'} data-testid="fax-code" data-employee-id="">
      {fax.codeSentence}
    </Text>
  );
}

/** Above the intake form of an opened fax: everything the operator should weigh before confirming. */
export function FaxRecordFacts({ fax }: { fax: FaxView }) {
  return (
    <Stack gap="xs" data-testid="fax-facts">
      {fax.straddles && (
        <Alert color="red" variant="filled" title="STRADDLES EXPIRATION" data-testid="straddle-alert">
          {fax.straddleText}
        </Alert>
      )}
      <Alert color={fax.code !== null ? 'blue' : 'orange'} variant="light" title="The form's code" data-testid="code-sentence">
        {fax.codeSentence}
      </Alert>
      <Group gap="xs" align="baseline">
        <ReceiptSourceBadge source={fax.receiptSource} />
        <Text size="sm" data-testid="fax-window">
          {fax.receiptSource === 'fax-server-log' ? "From the fax server's log: " : 'Inbox arrival: '}
          {fax.windowText}
        </Text>
      </Group>
      {fax.callStartedAtText !== null && (
        <Text size="xs" c="dimmed">
          The call started {fax.callStartedAtText}
          {fax.serverZone !== null && ` (the fax server's clock, ${fax.serverZone})`}.
        </Text>
      )}
      <Text size="xs" c="dimmed" data-testid="tiff-date-time">
        {fax.tiffDateTime !== null
          ? `The TIFF's own date says ${fax.tiffDateTime}: corroboration only, never the receipt time (it is the sending machine's clock or the server's, in no stated zone).`
          : fax.mediaType === 'image/tiff'
            ? 'The TIFF carries no date of its own.'
            : 'A PDF: no TIFF date to compare.'}
      </Text>
    </Stack>
  );
}
