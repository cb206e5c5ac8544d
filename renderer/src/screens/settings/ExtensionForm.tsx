// Recording an extension the Company decided: the new expiration (Eastern wall clock, so a date
// in daylight time lands on 21:00 UTC by itself) and why. A late announcement is recorded, with
// the desk's warning shown. Nothing is saved before the restated effect is confirmed.
import { Alert, Button, Card, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { OfferSummary } from '../../../../main/ipc/dto';
import { useCall } from '../../api/useApi';
import { formatInZone } from '../../format/time';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useNotify } from '../../ui/Notifications';
import { ReceivedAtField, readTimeField } from '../intake/ReceivedAtField';
import { ExtensionConfirm } from './ExtensionConfirm';

export function ExtensionForm({ offer, onRecorded }: { offer: OfferSummary; onRecorded: () => void }) {
  const zone = offer.settings.zone;
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [warning, setWarning] = useState<string | null>(null);
  const api = useCall();
  const notify = useNotify();
  // Core reads the field; while it is unreadable there is nothing to record (never an old value).
  const reading = readTimeField(to, zone);
  const parsed = reading?.ok ? reading.instant : null;
  const later = parsed !== null && parsed > offer.expiresAt;
  // An extension moves the deadline for everyone: it is saved only after the restated effect is confirmed.
  const [confirming, setConfirming] = useState(false);

  const submit = async () => {
    setConfirming(false);
    if (parsed === null || !later || reason.trim() === '') return;
    // The instant core read is what is sent, so what is saved is what the field showed.
    const r = await api.call('extensions:record', { to: parsed, reason: reason.trim() });
    if (!r.ok) return;
    setWarning(r.value.warning);
    setReason('');
    setTo('');
    // A late announcement shows its warning in place; a toast on top would hide it.
    if (!r.value.warning) notify({ title: 'Extension recorded', message: `The offer now expires ${formatInZone(r.value.extension.toExpiresAt, zone)}.`, color: 'green' });
    onRecorded();
  };

  return (
    <Card>
      <Stack gap="sm">
        <div>
          <Text fw={600}>Record an extension</Text>
          <Text size="xs" c="dimmed">
            Paper received before the new expiration is timely. Announce it by{' '}
            {formatInZone(offer.schedule.extensionAnnouncementDeadline, zone)}; later is recorded with a warning.
          </Text>
        </div>
        <ReceivedAtField
          label="New expiration"
          value={to}
          zone={zone}
          onChange={setTo}
          description="Eastern time"
        />
        {parsed !== null && !later && (
          <Text size="xs" c="orange.8">
            The new expiration must be later than the one in force ({offer.expiresAtText}).
          </Text>
        )}
        <Textarea label="Reason" required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <ApiErrorAlert error={api.error} onClose={api.clearError} />
        {warning && (
          <Alert color="yellow" title="Recorded after the announcement limit" role="alert" withCloseButton closeButtonLabel="Dismiss warning" onClose={() => setWarning(null)}>
            {warning}
          </Alert>
        )}
        <Button onClick={() => setConfirming(true)} disabled={!later || reason.trim() === ''} loading={api.busy} w="fit-content">
          Record extension…
        </Button>
        {parsed !== null && later && (
          <ExtensionConfirm
            opened={confirming}
            from={offer.expiresAt}
            to={parsed}
            zone={zone}
            reason={reason.trim()}
            busy={api.busy}
            onConfirm={() => void submit()}
            onCancel={() => setConfirming(false)}
          />
        )}
      </Stack>
    </Card>
  );
}
