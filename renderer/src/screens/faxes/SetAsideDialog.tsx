// "Not an offer document": a fax that is a cover sheet, an advertisement or a wrong number is set
// aside with a written reason. It stays on record (and in the inbox folder); it only leaves the
// unfiled list.
import { REASON_MAX } from '../../../../main/core/text';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { FaxView } from '../../../../main/ipc/dto';
import { useCall } from '../../api/useApi';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';

interface Props {
  fax: FaxView;
  opened: boolean;
  onClose: () => void;
  onDone: (fax: FaxView) => void;
}

export function SetAsideDialog({ fax, opened, onClose, onDone }: Props) {
  const [reason, setReason] = useState('');
  const setAside = useCall();
  const { clearError } = setAside;
  useEffect(() => {
    if (!opened) return;
    setReason('');
    clearError();
  }, [opened, clearError]);

  const confirm = async () => {
    if (reason.trim() === '') return;
    const r = await setAside.call('faxes:setAside', { id: fax.id, reason: reason.trim() });
    if (r.ok) onDone(r.value);
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Not an offer document" size="lg" data-testid="set-aside-dialog">
      <Stack gap="sm">
        <Text size="sm">
          Fax <b>{fax.fileName}</b> ({fax.pages} page{fax.pages === 1 ? '' : 's'}, seen {fax.seenAtText}) leaves the unfiled list. It stays on record with its
          pages and your reason, and nothing is deleted from the inbox folder.
        </Text>
        <Textarea
          label="Why is it not an offer document? (required, kept on record)"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void confirm();
            }
          }}
          autosize
          minRows={2}
          maxLength={REASON_MAX}
          data-autofocus
          required
        />
        <ApiErrorAlert error={setAside.error} onClose={setAside.clearError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="orange" onClick={() => void confirm()} disabled={reason.trim() === ''} loading={setAside.busy}>
            Set aside as not an offer document
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
