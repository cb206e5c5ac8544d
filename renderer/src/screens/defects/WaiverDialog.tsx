// Granting a waiver in two steps: choose the defect and write the reason, then see every document
// it will settle (and which of them thereby start to count), and tick the restated effect to grant it. A waiver cannot be
// aimed at one holder: the offer says it applies to all options.
import { Alert, Badge, Button, Checkbox, Group, Modal, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { DefectKind } from '../../../../main/core/types';
import type { WaiverPreview } from '../../../../main/ipc/dto';
import { useCall } from '../../api/useApi';
import { DEFECT_KINDS_IN_ORDER, DEFECT_LABEL } from '../../format/labels';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useNotify } from '../../ui/Notifications';

interface Props {
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}

export function WaiverDialog({ opened, onClose, onDone }: Props) {
  const [defect, setDefect] = useState<DefectKind | null>(null);
  const [reason, setReason] = useState('');
  const [preview, setPreview] = useState<WaiverPreview | null>(null);
  // Offer-wide and not undone from this screen: granted only once the restated effect is ticked.
  const [confirmed, setConfirmed] = useState(false);
  const api = useCall();
  const notify = useNotify();

  // A fresh start each time the dialog opens (not on every render of a typed reason).
  useEffect(() => {
    if (!opened) return;
    setDefect(null);
    setReason('');
    setPreview(null);
    setConfirmed(false);
    api.clearError();
  }, [opened]);

  const showPreview = async () => {
    if (!defect) return;
    const r = await api.call('waivers:preview', { defect });
    if (r.ok) setPreview(r.value);
  };

  const grant = async () => {
    if (!defect || reason.trim() === '' || !confirmed) return;
    const r = await api.call('waivers:grant', { defect, reason: reason.trim() });
    if (!r.ok) return;
    notify({
      title: 'Waiver granted',
      message: `${DEFECT_LABEL[defect]} is waived offer-wide; ${r.value.affected.length} document(s) affected.`,
      color: 'green',
    });
    onDone();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Grant an offer-wide waiver" size="xl">
      <Stack gap="sm">
        {!preview ? (
          <>
            <Select
              label="Defect to waive"
              description="The waiver applies to this defect on every document, for every holder."
              data={DEFECT_KINDS_IN_ORDER.map((d) => ({ value: d, label: DEFECT_LABEL[d] }))}
              value={defect}
              onChange={(v) => setDefect(v as DefectKind | null)}
              data-autofocus
            />
            <Textarea
              label="Reason (recorded with the waiver)"
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <ApiErrorAlert error={api.error} onClose={api.clearError} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button onClick={() => void showPreview()} disabled={!defect || reason.trim() === ''} loading={api.busy}>
                Show affected documents
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Alert color="yellow" variant="light" title={`Waive “${DEFECT_LABEL[preview.defect]}” for every document?`}>
              <Text size="sm">
                {preview.affected.length === 0
                  ? 'No document currently has this defect open. The waiver will still apply to any that arrive later.'
                  : `${preview.affected.length} document(s) will be affected. Those marked “now counts” become properly made and may change the holder's election.`}
              </Text>
              <Text size="sm" mt={4}>
                Reason: {reason.trim()}
              </Text>
            </Alert>
            {preview.affected.length > 0 && (
              <Table striped aria-label="Documents the waiver affects" data-testid="waiver-affected">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Document</Table.Th>
                    <Table.Th>Holder</Table.Th>
                    <Table.Th>Received</Table.Th>
                    <Table.Th>After the waiver</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.affected.map((a) => (
                    <Table.Tr key={a.documentId}>
                      <Table.Td>#{a.documentId}</Table.Td>
                      <Table.Td>
                        {a.name}{' '}
                        <Text span size="xs" c="dimmed" ff="monospace">
                          {a.employeeId}
                        </Text>
                      </Table.Td>
                      <Table.Td>{a.receivedAtText}</Table.Td>
                      <Table.Td>
                        {a.becomesProperlyMade ? (
                          <Badge color="green" variant="light" radius="sm">
                            Now counts
                          </Badge>
                        ) : (
                          <Badge color="orange" variant="light" radius="sm">
                            Other defects still open
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Checkbox
              checked={confirmed}
              onChange={(e) => setConfirmed(e.currentTarget.checked)}
              label={`I confirm: “${DEFECT_LABEL[preview.defect]}” is waived on every document of every holder, now and arriving later; ${preview.affected.filter((a) => a.becomesProperlyMade).length} of the ${preview.affected.length} document(s) above start to count and may change elections.`}
            />
            <ApiErrorAlert error={api.error} onClose={api.clearError} />
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => {
                  setPreview(null);
                  setConfirmed(false);
                }}
              >
                Back
              </Button>
              <Button color="orange" onClick={() => void grant()} loading={api.busy} disabled={!confirmed}>
                Grant waiver for all documents
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
