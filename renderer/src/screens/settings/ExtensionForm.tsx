// Recording an extension the Company decided: the new expiration (Eastern wall clock, so a date
// in daylight time lands on 21:00 UTC by itself), why, and when it was decided and announced if
// that was earlier than now (the 9:00 a.m. rule judges the announcement, not the typing). The desk
// previews it first; nothing is saved before the restated effect is confirmed.
import { Alert, Button, Card, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ExtensionPreview, OfferSummary } from '../../../../main/ipc/dto';
import { useCall } from '../../api/useApi';
import { formatInZone } from '../../format/time';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useNotify } from '../../ui/Notifications';
import { ReceivedAtField, readTimeField } from '../intake/ReceivedAtField';
import { ExtensionConfirm } from './ExtensionConfirm';
import { useLedgerWritable } from '../../ui/LedgerAccess';

export function ExtensionForm({ offer, onRecorded }: { offer: OfferSummary; onRecorded: () => void }) {
  const writable = useLedgerWritable();
  const zone = offer.settings.zone;
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [decided, setDecided] = useState('');
  const [announced, setAnnounced] = useState('');
  const [lateReason, setLateReason] = useState('');
  const [warning, setWarning] = useState<string | null>(null);
  const api = useCall();
  const notify = useNotify();
  // Core reads the field; while it is unreadable there is nothing to record (never an old value).
  const reading = readTimeField(to, zone);
  const parsed = reading?.ok ? reading.instant : null;
  const later = parsed !== null && parsed > offer.expiresAt;
  const decidedReading = readTimeField(decided, zone);
  const announcedReading = readTimeField(announced, zone);
  // An empty optional time means "now" (the desk's default); an unreadable one blocks, never a guess.
  const optionalTimesRead = decidedReading?.ok !== false && announcedReading?.ok !== false;
  const times = {
    decidedAt: decidedReading?.ok ? decidedReading.instant : null,
    announcedAt: announcedReading?.ok ? announcedReading.instant : null,
  };
  // An extension moves the deadline for everyone: the desk's preview is shown and confirmed first.
  const [preview, setPreview] = useState<ExtensionPreview | null>(null);

  const ask = async () => {
    if (parsed === null || !later || reason.trim() === '' || !optionalTimesRead) return;
    const r = await api.call('extensions:preview', { to: parsed, reason: reason.trim(), ...times });
    if (r.ok) setPreview(r.value);
  };

  const submit = async () => {
    const asked = preview;
    setPreview(null);
    if (asked === null) return;
    // The instants the desk previewed are what is sent, so what is saved is what was confirmed.
    const late = asked.recordedAfterTheFact ? lateReason.trim() : null;
    const r = await api.call('extensions:record', { to: asked.toExpiresAt, reason: reason.trim(), ...times, afterTheFactReason: late });
    if (!r.ok) return;
    setWarning(r.value.warning);
    setReason('');
    setTo('');
    setDecided('');
    setAnnounced('');
    setLateReason('');
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
        <ReceivedAtField label="Decided at" value={decided} zone={zone} onChange={setDecided} required={false} description="Leave empty if decided now" />
        <ReceivedAtField
          label="Announced at"
          value={announced}
          zone={zone}
          onChange={setAnnounced}
          required={false}
          description="Leave empty if announced when decided; the 9:00 a.m. rule judges this time"
        />
        <ApiErrorAlert error={api.error} onClose={api.clearError} />
        {warning && (
          <Alert color="yellow" title="Recorded after the announcement limit" role="alert" withCloseButton closeButtonLabel="Dismiss warning" onClose={() => setWarning(null)}>
            {warning}
          </Alert>
        )}
        <Button onClick={() => void ask()} disabled={!writable || !later || reason.trim() === '' || !optionalTimesRead} loading={api.busy} w="fit-content">
          Record extension…
        </Button>
        {preview && (
          <ExtensionConfirm
            opened
            preview={preview}
            zone={zone}
            reason={reason.trim()}
            lateReason={lateReason}
            onLateReason={setLateReason}
            busy={api.busy}
            onConfirm={() => void submit()}
            onCancel={() => setPreview(null)}
          />
        )}
      </Stack>
    </Card>
  );
}
