// Logging one received document, keyboard first: holder, what it is, how and when it came, who
// signed, what is wrong with it, what it tenders. The preview on the right shows what it will do
// to the election before anything is saved. Once the offer expires the form locks by itself.
import { Button, Fieldset, Grid, Group, Kbd, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { IntakePreview, IntakeResult } from '../../../../main/ipc/dto';
import { invoke, type ApiError } from '../../api/client';
import { useCall, useQuery } from '../../api/useApi';
import { useDeskNow, useIntakeStatus, useOffer } from '../../clock/DeskClock';
import { fromMillis, wallClock } from '../../format/time';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { navigate } from '../../ui/route';
import { DocumentFields } from './DocumentFields';
import { buildDraft, emptyForm, type IntakeForm } from './draft';
import { HolderPicker } from './HolderPicker';
import { LockBanner } from './LockBanner';
import { PreviewPanel } from './PreviewPanel';
import { readAttachment } from './readFiles';

export function IntakeScreen({ initialEmployeeId }: { initialEmployeeId: string | null }) {
  const { offer } = useOffer();
  const status = useIntakeStatus();
  const nowMs = useDeskNow();
  const zone = offer?.settings.zone ?? 'America/New_York';
  const nowWall = () => wallClock(fromMillis(nowMs), zone);

  const [form, setForm] = useState<IntakeForm>(() => emptyForm(initialEmployeeId, ''));
  const [latePath, setLatePath] = useState(false);
  const [recorded, setRecorded] = useState<IntakeResult | null>(null);
  // The preview with the draft it answers: kept on screen while a newer draft is being asked
  // about (no flicker on every keystroke), and marked current only when it matches the form.
  const [preview, setPreview] = useState<{ key: string; value: IntakePreview } | null>(null);
  const [previewError, setPreviewError] = useState<ApiError | null>(null);
  const save = useCall();
  const [readError, setReadError] = useState<string | null>(null);
  const formRef = useRef<HTMLDivElement>(null);

  const holder = useQuery('holders:get', { employeeId: form.employeeId ?? '-' }, form.employeeId !== null);
  const detail = holder.data && holder.data.holder.employeeId === form.employeeId ? holder.data : null;
  const grants = useMemo(() => detail?.grants ?? [], [detail]);

  // The receipt time starts at the desk's "now" (the stamp for paper handed in this minute).
  useEffect(() => {
    if (form.receivedAt === '' && nowMs > 0) setForm((f) => ({ ...f, receivedAt: wallClock(fromMillis(nowMs), zone) }));
  }, [form.receivedAt, nowMs, zone]);

  // Signed by defaults to the holder's own name; a representative's name is typed over it.
  const lastHolderName = useRef('');
  useEffect(() => {
    if (!detail) return;
    const name = detail.holder.name;
    setForm((f) => (f.signedBy === '' || f.signedBy === lastHolderName.current ? { ...f, signedBy: name } : f));
    lastHolderName.current = name;
  }, [detail]);

  const locked = status.known && !status.open;
  const formDisabled = !status.known || (locked && !latePath);
  const check = buildDraft(form, zone, grants, locked && latePath, offer?.expiresAt ?? null);
  const draftKey = check.draft && (form.kind === 'notice' || detail) ? JSON.stringify(check.draft) : '';
  const [debouncedKey] = useDebouncedValue(draftKey, 300);

  useEffect(() => {
    if (debouncedKey === '' || formDisabled) {
      setPreview(null);
      setPreviewError(null);
      return undefined;
    }
    let live = true;
    void invoke('intake:preview', { draft: JSON.parse(debouncedKey) as NonNullable<typeof check.draft> }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setPreview({ key: debouncedKey, value: r.value });
        setPreviewError(null);
      } else {
        setPreview(null);
        setPreviewError(r.error);
      }
    });
    return () => {
      live = false;
    };
  }, [debouncedKey, formDisabled, status.open]);

  const onSave = async () => {
    if (!check.draft || formDisabled || save.busy) return;
    let attachments;
    try {
      attachments = await Promise.all(form.files.map(readAttachment));
    } catch (e: unknown) {
      setReadError(e instanceof Error ? e.message : String(e));
      return;
    }
    setReadError(null);
    const r = await save.call('intake:record', { draft: check.draft, attachments });
    if (!r.ok) return;
    // The "Recorded" panel beside the form is the confirmation; no toast to cover the next entry.
    setRecorded(r.value);
    setForm(emptyForm(null, nowWall()));
    setLatePath(false);
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void onSave();
    }
  };

  return (
    <Stack gap="md" data-testid="intake">
      <Group justify="space-between">
        <Title order={2} size="h3">
          Intake: log a received document
        </Title>
        <Text size="xs" c="dimmed">
          <Kbd>Tab</Kbd> moves between fields · <Kbd>Ctrl</Kbd> + <Kbd>Enter</Kbd> saves
        </Text>
      </Group>
      {locked && offer && <LockBanner expiresAtText={offer.expiresAtText} latePath={latePath} onLatePath={() => setLatePath(true)} />}
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <div ref={formRef} onKeyDown={onKeyDown}>
            <Fieldset legend="Received document" disabled={formDisabled} aria-label="Received document" data-testid="intake-form" data-locked={formDisabled ? 'true' : 'false'}>
              <Stack gap="sm">
                <HolderPicker value={form.employeeId} onChange={(employeeId) => setForm((f) => ({ ...f, employeeId, tenders: {} }))} disabled={formDisabled} />
                <DocumentFields form={form} setForm={setForm} grants={grants} zone={zone} nowWallClock={nowWall} disabled={formDisabled} />
                {locked && latePath && check.lateArrival && (
                  <Text size="sm" c="red.8">
                    Received after the expiration: it will be logged as late and changes no election. No reason is needed.
                  </Text>
                )}
                {locked && latePath && check.needsReason && (
                  <Textarea
                    label="Reason for keying after the expiration"
                    description="Required. Say when and how the paper actually arrived and why it is keyed only now."
                    required
                    autosize
                    minRows={2}
                    value={form.lateKeyingReason}
                    onChange={(e) => {
                      const lateKeyingReason = e.currentTarget.value;
                      setForm((f) => ({ ...f, lateKeyingReason }));
                    }}
                  />
                )}
                <ApiErrorAlert error={save.error} onClose={save.clearError} />
                {readError && (
                  <Text size="sm" c="red.7" role="alert">
                    Attachment not read: {readError}
                  </Text>
                )}
                <Group justify="space-between" align="center">
                  <Text size="xs" c="dimmed" data-testid="intake-missing">
                    {check.missing.join(' ')}
                  </Text>
                  <Button onClick={() => void onSave()} disabled={!check.draft || formDisabled} loading={save.busy} color={locked ? 'red' : 'blue'}>
                    {locked ? 'Save, flagged as keyed after expiration' : 'Save document'}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          </div>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          {/* Sticky: the preview stays in view while the form scrolls. */}
          <Stack gap="md" style={{ position: 'sticky', top: 72 }}>
            {recorded && (
              <>
                <PreviewPanel preview={recorded} recordedId={recorded.document.id} />
                <Button variant="subtle" size="xs" w="fit-content" onClick={() => navigate({ screen: 'holder', employeeId: recorded.holder.employeeId })}>
                  Open {recorded.holder.name}
                </Button>
              </>
            )}
            <ApiErrorAlert error={previewError} />
            {preview && !formDisabled && draftKey !== '' && <PreviewPanel preview={preview.value} current={preview.key === draftKey} />}
            {!preview && !previewError && !formDisabled && !recorded && (
              <Text size="sm" c="dimmed">
                Choose the holder and the receipt time to see what this document will do.
              </Text>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
