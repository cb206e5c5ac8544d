// Settings › Close the offer…: the confirmation restates what the close will freeze (the results by
// plan, how holders answered, the documents still defective) and the dates it fixes (the rules',
// editable only with a written reason). Before the desk allows it (after 9:00 a.m. ET on the
// business day after the expiration in force, with every accepted grant covered by a ratio) the
// dialog says why and its button stays disabled. Whether, and the figures, are the desk's answer.
import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { readCalendarDateInput } from '../../../../main/core/time';
import type { ClosePreview } from '../../../../main/ipc/dto';
import { deskQueryKey } from '../../api/query-client';
import { useCall, useDeskQuery } from '../../api/useApi';
import { useDeskNow } from '../../clock/DeskClock';
import { AnswerLoading } from '../../ui/AnswerLoading';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useNotify } from '../../ui/Notifications';
import { DefectiveList, FrozenFigures } from './CloseFigures';

interface Props {
  opened: boolean;
  onClose: () => void;
  onClosed: () => void;
}

export function CloseOfferDialog({ opened, onClose, onClosed }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Close the offer?" size="xl" centered>
      {opened && <CloseOfferContent onClose={onClose} onClosed={onClosed} />}
    </Modal>
  );
}

/** Asked afresh each time the dialog opens (whether depends on the desk's clock, not only the ledger). */
function CloseOfferContent({ onClose, onClosed }: Omit<Props, 'opened'>) {
  const preview = useDeskQuery('close:preview', {}, true, { forgetWhenUnused: true, keepPrevious: false });
  const now = useDeskNow();
  const allowedAfter = preview.data === null ? null : Date.parse(preview.data.allowedAfter);
  const passed = allowedAfter !== null && now > allowedAfter;
  const queries = useQueryClient();
  // The desk decides; the window only asks again once its clock passes the moment the desk named.
  const sawBefore = useRef(false);
  useEffect(() => {
    if (allowedAfter !== null && !passed) sawBefore.current = true;
    if (passed && sawBefore.current) {
      sawBefore.current = false;
      void queries.invalidateQueries({ queryKey: deskQueryKey('close:preview', {}) });
    }
  }, [allowedAfter, passed, queries]);
  return (
    <>
      <ApiErrorAlert error={preview.error} />
      <AnswerLoading loading={preview.loading} hasData={preview.data !== null} what="the figures" />
      {preview.data && <CloseForm preview={preview.data} onCancel={onClose} onClosed={onClosed} />}
    </>
  );
}

/** A typed date field's reading: the rules' date when left empty. */
function readDate(typed: string, rule: string): { ok: true; date: string } | { ok: false; message: string } {
  return typed.trim() === '' ? { ok: true, date: rule } : readCalendarDateInput(typed);
}

function CloseForm({ preview, onCancel, onClosed }: { preview: ClosePreview; onCancel: () => void; onClosed: () => void }) {
  const [closedBy, setClosedBy] = useState(preview.officer);
  const [cancellation, setCancellation] = useState(preview.cancellationDate);
  const [newGrant, setNewGrant] = useState(preview.newGrantDate);
  const [reason, setReason] = useState('');
  const api = useCall();
  const notify = useNotify();
  useEffect(() => setClosedBy((c) => (c === '' ? preview.officer : c)), [preview.officer]);

  const c = readDate(cancellation, preview.cancellationDate);
  const g = readDate(newGrant, preview.newGrantDate);
  const edited = (c.ok && c.date !== preview.cancellationDate) || (g.ok && g.date !== preview.newGrantDate);
  const missing = [
    ...(preview.allowed ? [] : [preview.notAllowedBecause ?? 'The offer cannot be closed now.']),
    ...(closedBy.trim() === '' ? ['Say who is closing the offer.'] : []),
    ...(c.ok ? [] : [`Cancellation date: ${c.message}`]),
    ...(g.ok ? [] : [`New grant date: ${g.message}`]),
    ...(edited && reason.trim() === '' ? ['Dates other than the rules need a written reason.'] : []),
  ];

  const submit = async () => {
    if (missing.length > 0) return;
    const r = await api.call('close:record', {
      closedBy: closedBy.trim(),
      cancellationDate: c.ok ? c.date : null,
      newGrantDate: g.ok ? g.date : null,
      datesReason: edited ? reason.trim() : null,
    });
    if (!r.ok) return;
    for (const w of r.value.warnings) notify({ title: 'After the close', message: w, color: 'yellow' });
    notify({ title: 'Offer closed', message: r.value.closing.sentence, color: 'green' });
    onClosed();
  };

  return (
    <Stack gap="sm" data-testid="close-dialog">
      {!preview.allowed && (
        <Alert color="yellow" variant="light" title="Not yet" data-testid="close-not-allowed">
          {preview.notAllowedBecause}
        </Alert>
      )}
      <Text size="sm">
        The offer expired {preview.expiresAtText}. Closing may be recorded after {preview.allowedAfterText}. Once closed, the record takes no more changes: no document,
        cure, waiver, extension, void or settings change. Viewing, the letters of the closing, reports, exports and verify still work.
      </Text>
      <Text fw={600}>The close freezes these figures</Text>
      <FrozenFigures figures={preview.figures} />
      <DefectiveList rows={preview.defectiveAtClose} />
      <Group grow align="flex-start">
        <TextInput
          label="Cancellation date"
          description="first business day after the expiration"
          value={cancellation}
          onChange={(e) => setCancellation(e.currentTarget.value)}
          error={c.ok ? undefined : c.message}
        />
        <TextInput
          label="New grant date"
          description={preview.newGrantRule}
          value={newGrant}
          onChange={(e) => setNewGrant(e.currentTarget.value)}
          error={g.ok ? undefined : g.message}
        />
      </Group>
      {edited && (
        <Textarea
          label="Why other dates"
          description={`The rules give ${preview.cancellationDate} and ${preview.newGrantDate}; other dates are recorded with this written reason.`}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      )}
      <TextInput label="Closed by" description="the officer closing the offer" required value={closedBy} onChange={(e) => setClosedBy(e.currentTarget.value)} />
      <ApiErrorAlert error={api.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button color="dark" onClick={() => void submit()} loading={api.busy} disabled={missing.length > 0} title={missing[0]}>
          Close the offer
        </Button>
      </Group>
    </Stack>
  );
}
