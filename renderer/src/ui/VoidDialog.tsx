// One way to void anything recorded by mistake (a document, an extension, a waiver): a written
// reason, the effect as the desk previews it, then a confirmation that restates that effect in
// words before anything is written. The record stays in the ledger; it only stops counting.
import { REASON_MAX } from '../../../main/core/text';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { Result } from '../../../main/ipc/contract';
import type { ApiError } from '../api/client';
import { ApiErrorAlert } from './ApiErrorAlert';

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What is voided, as recorded. */
  subject: ReactNode;
  /** The effect in one sentence (e.g. "the expiration goes back from … to …; 3 documents become late"); null while loading. */
  effect: string | null;
  /** The details of the effect (documents whose standing changes, letters made wrong). */
  details: ReactNode;
  previewError: ApiError | null;
  confirmLabel: string;
  onConfirm: (reason: string) => Promise<Result<unknown>>;
  onDone: () => void;
}

export function VoidDialog({ opened, onClose, title, subject, effect, details, previewError, confirmLabel, onConfirm, onDone }: Props) {
  const [reason, setReason] = useState('');
  const [step, setStep] = useState<'reason' | 'confirm'>('reason');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!opened) return;
    setReason('');
    setStep('reason');
    setError(null);
  }, [opened]);

  const ready = reason.trim() !== '' && effect !== null && previewError === null;
  const confirm = async () => {
    setBusy(true);
    const r = await onConfirm(reason.trim());
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    onDone();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="xl" data-testid="void-dialog">
      <Stack gap="sm">
        <div>{subject}</div>
        <ApiErrorAlert error={previewError} />
        {step === 'reason' ? (
          <>
            <Text size="sm" fw={600}>
              Effect: {effect ?? 'working it out…'}
            </Text>
            {details}
            <Textarea
              label="Why is it void? (required, kept on record)"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={REASON_MAX}
              data-autofocus
              error={reason.length > 0 && reason.trim() === '' ? 'Write the reason in words.' : undefined}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button onClick={() => setStep('confirm')} disabled={!ready}>
                Review…
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Alert color="red" variant="light" title="Confirm: this stays on record and counts for nothing" data-testid="void-confirmation">
              <Text size="sm" data-testid="void-effect">
                {effect}.
              </Text>
              <Text size="sm" mt={4}>
                Reason recorded: “{reason.trim()}”
              </Text>
            </Alert>
            {details}
            <ApiErrorAlert error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setStep('reason')} disabled={busy}>
                Back
              </Button>
              <Button color="red" onClick={() => void confirm()} loading={busy}>
                {confirmLabel}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
