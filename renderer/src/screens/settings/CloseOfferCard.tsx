// Settings: where the offer is closed, and, once it is, the record of the close (who, when, the
// cancellation and new grant dates, the reason for dates other than the rules).
import { Button, Card, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { OfferSummary } from '../../../../main/ipc/dto';
import { formatInZone } from '../../format/time';
import { CloseOfferDialog } from './CloseOfferDialog';

export function CloseOfferCard({ offer, onClosed }: { offer: OfferSummary; onClosed: () => void }) {
  const [open, setOpen] = useState(false);
  const closing = offer.closing;
  return (
    <Card data-testid="close-card">
      <Stack gap="xs">
        <Text fw={600}>Close the offer</Text>
        {closing === null ? (
          <>
            <Text size="xs" c="dimmed">
              Allowed after {formatInZone(offer.schedule.extensionAnnouncementDeadline, offer.settings.zone)} (until then the Company may still announce an
              extension). The close freezes the results and fixes the cancellation and new grant dates; the record then takes no more changes.
            </Text>
            <Button variant="default" color="dark" w="fit-content" onClick={() => setOpen(true)}>
              Close the offer…
            </Button>
          </>
        ) : (
          <Table aria-label="The close" fz="sm" verticalSpacing={2}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th fw={500}>Closed</Table.Th>
                <Table.Td>
                  {closing.closedAtText} by {closing.closedBy} (keyed by {closing.operator})
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th fw={500}>Options cancelled</Table.Th>
                <Table.Td>{closing.cancellationDate}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th fw={500}>New options granted</Table.Th>
                <Table.Td>{closing.newGrantDate}</Table.Td>
              </Table.Tr>
              {closing.datesReason !== null && (
                <Table.Tr>
                  <Table.Th fw={500}>Why these dates</Table.Th>
                  <Table.Td>{closing.datesReason}</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <CloseOfferDialog
        opened={open}
        onClose={() => setOpen(false)}
        onClosed={() => {
          setOpen(false);
          onClosed();
        }}
      />
    </Card>
  );
}
