// Correct…: the intake form's own fields, prefilled with the document as recorded; the operator
// fixes what was mis-keyed, writes why, sees what changes (and the desk's preview of voiding the
// original), confirms, and `documents:correct` voids the original and records the corrected
// document in one transaction, linked both ways.
import { REASON_MAX } from '../../../../main/core/text';
import { Alert, Button, Fieldset, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { formatInZone, readInstantInput } from '../../../../main/core/time';
import type { DocumentView, HolderDetail } from '../../../../main/ipc/dto';
import { invoke, type ApiError } from '../../api/client';
import { useDeskQuery } from '../../api/useApi';
import { useDeskNow } from '../../clock/DeskClock';
import { KIND_SHORT } from '../../format/labels';
import { fromMillis, wallClock } from '../../format/time';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { DocumentFields } from '../intake/DocumentFields';
import { buildDraft, emptyForm, receiptText, type IntakeForm } from '../intake/draft';
import { HolderPicker } from '../intake/HolderPicker';
import { draftChanges, formFromDocument } from './correction-form';

interface Props {
  doc: DocumentView | null;
  detail: HolderDetail;
  zone: string;
  onClose: () => void;
  onDone: () => void;
}

export function CorrectDocumentDialog({ doc, detail, zone, onClose, onDone }: Props) {
  const nowMs = useDeskNow();
  const [form, setForm] = useState<IntakeForm>(() => emptyForm(null));
  const [reason, setReason] = useState('');
  const [step, setStep] = useState<'edit' | 'confirm'>('edit');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  // Prefilled once per opening, from the facts as recorded.
  useEffect(() => {
    if (!doc) return;
    setForm(formFromDocument(doc, zone, detail.grants));
    setReason('');
    setStep('edit');
    setError(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when another document is opened
  }, [doc?.id]);

  // A paper keyed against the wrong holder is corrected to the right one: then that holder's grants.
  const other = useDeskQuery('holders:get', { employeeId: form.employeeId ?? '-' }, doc !== null && form.employeeId !== null && form.employeeId !== detail.holder.employeeId);
  const grants = useMemo(
    () => (form.employeeId === detail.holder.employeeId ? detail.grants : other.data?.holder.employeeId === form.employeeId ? other.data.grants : []),
    [form.employeeId, detail, other.data],
  );
  const voidPreview = useDeskQuery('documents:voidPreview', { documentId: doc?.id ?? 1 }, doc !== null);

  if (!doc) return null;
  const initial = formFromDocument(doc, zone, detail.grants);
  const original = buildDraft(initial, initial.receivedAt, detail.grants, false);
  const corrected = buildDraft(form, receiptText(form, () => wallClock(fromMillis(nowMs), zone)), grants, false);
  // The receipt time is read by core, as at intake; whatever else is wrong the desk says on saving.
  const reading = readInstantInput(corrected.receivedAt, zone);
  const received = (d: { receivedAt: string }) => {
    const r = readInstantInput(d.receivedAt, zone);
    return r.ok ? formatInZone(r.instant, zone) : d.receivedAt;
  };
  const changes = draftChanges(original, corrected, received);
  const missing = [
    ...(form.employeeId === null ? ['Choose the holder.'] : []),
    ...(reading.ok ? [] : [`The receipt time is unreadable: ${reading.message}`]),
    ...(reason.trim() === '' ? ['Write why the document is corrected.'] : []),
  ];
  const ready = missing.length === 0 && changes.length > 0;
  const check = { draft: ready ? corrected : null };

  const save = async () => {
    if (!check.draft) return;
    setBusy(true);
    const r = await invoke('documents:correct', { documentId: doc.id, reason: reason.trim(), draft: check.draft });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    onDone();
    onClose();
  };

  const nameOf = (id: string) => (id === detail.holder.employeeId ? detail.holder.name : (other.data?.holder.name ?? id));
  return (
    <Modal opened onClose={onClose} title={`Correct document #${doc.id}`} size="80rem" data-testid="correct-dialog">
      <Stack gap="sm">
        <Text size="sm">
          #{doc.id} {KIND_SHORT[doc.kind]} received {doc.receivedAtText}, keyed by {doc.operator}. The original stays on record, void and
          linked to the corrected document.
        </Text>
        {step === 'edit' ? (
          <>
            <Fieldset legend="The paper, as it really reads">
              <Stack gap="sm">
                <HolderPicker value={form.employeeId} onChange={(employeeId) => setForm((f) => ({ ...f, employeeId, tenders: {} }))} />
                <DocumentFields form={form} setForm={setForm} grants={grants} zone={zone} nowWallClock={() => wallClock(fromMillis(nowMs), zone)} disabled={false} />
              </Stack>
            </Fieldset>
            <Textarea
              label="Why is it corrected? (required, kept on record)"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={REASON_MAX}
            />
            <Preview changes={changes} missing={missing} />
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
            <Alert color="orange" variant="light" title="Confirm the correction" data-testid="correct-confirmation">
              <Text size="sm">
                Document #{doc.id} becomes void (kept on record, struck through) and a corrected {KIND_SHORT[check.draft?.kind ?? doc.kind]} from{' '}
                {nameOf(check.draft?.employeeId ?? doc.employeeId)} is recorded in its place, linked both ways. Then the holder is re-judged.
              </Text>
              <List size="sm" mt={4}>
                {changes.map((c) => (
                  <List.Item key={c}>{c}</List.Item>
                ))}
              </List>
              {voidPreview.data && voidPreview.data.affected.some((a) => a.lettersToCorrect.length > 0) && (
                <Text size="sm" mt={4} c="red.8">
                  Letters already produced about #{doc.id} become wrong: a correction letter will be due in Confirmations.
                </Text>
              )}
              <Text size="sm" mt={4}>
                Reason recorded: “{reason.trim()}”
              </Text>
            </Alert>
            <ApiErrorAlert error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setStep('edit')} disabled={busy}>
                Back
              </Button>
              <Button color="orange" onClick={() => void save()} loading={busy}>
                Correct document #{doc.id}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}

function Preview({ changes, missing }: { changes: string[]; missing: string[] }) {
  return (
    <Alert color={missing.length > 0 || changes.length === 0 ? 'gray' : 'blue'} variant="light" title="What the correction changes" data-testid="correct-preview">
      {changes.length === 0 ? (
        <Text size="sm">Nothing yet: change what was mis-keyed.</Text>
      ) : (
        <List size="sm">
          {changes.map((c) => (
            <List.Item key={c}>{c}</List.Item>
          ))}
        </List>
      )}
      {missing.length > 0 && (
        <List size="sm" mt={4} c="red.8">
          {missing.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
