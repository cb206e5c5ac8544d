// The intake form itself, keyboard first: holder, what it is, how and when it came, who signed,
// what is wrong with it, what it tenders. The desk answers every change of the form with what would
// stop it being saved, or what it will do to the election (intake:preview); the window shows that
// answer and never decides on its own. Once the offer expires the form locks by itself. Used by the
// Intake screen (paper keyed from the desk) and by an opened fax from the inbox (its pages beside
// the form, the draft filed as that fax: `fax`).
import { ClosedNotice, useClosing } from '../../ui/Closed';
import { Alert, Badge, Button, Fieldset, Grid, Group, Kbd, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { IntakePreviewDraft } from '../../../../main/ipc/contract';
import type { IntakePreview, IntakeResult } from '../../../../main/ipc/dto';
import { invoke, type ApiError } from '../../api/client';
import { useCall, useDeskQuery } from '../../api/useApi';
import { useDeskNow, useIntakeStatus, useOffer } from '../../clock/DeskClock';
import { fromMillis, wallClock } from '../../format/time';
import { STATE_COLOR, STATE_LABEL } from '../../format/labels';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useOperator } from '../../ui/Operator';
import { navigate } from '../../ui/route';
import { DocumentFields } from './DocumentFields';
import { asNotOnRoster, backToRoster, buildDraft, emptyForm, receiptText, type FaxReceiptPrefill, type IntakeForm } from './draft';
import { HolderPicker } from './HolderPicker';
import { LockBanner } from './LockBanner';
import { NotOnRosterFields } from './NotOnRosterFields';
import { PreviewPanel } from './PreviewPanel';
import { readAttachment } from './readFiles';
import { ALL_IN_FULL_KEY } from './TenderTable';
import { useLedgerWritable } from '../../ui/LedgerAccess';

interface Props {
  title: string;
  /** What the form starts from. */
  initialForm: IntakeForm;
  /** Put the focus in the holder field as soon as the form can be typed in. */
  focusHolder: boolean;
  /** The fax from the inbox this draft files, with the receipt time its record gives. */
  fax?: FaxReceiptPrefill & { id: number };
  /** The fax's pages, shown to the left of the form (the preview then goes under the form). */
  pages?: ReactNode;
  /** Shown above the form's fields (what the fax's code and record say). */
  aboveForm?: ReactNode;
  /** Shown beside the save button (e.g. "Not an offer document…"). */
  actions?: ReactNode;
  /** After saving; the default shows the document recorded beside a fresh form. */
  onRecorded?: (recorded: IntakeResult) => void;
  testId?: string;
}

export function IntakeEntry({ title, initialForm, focusHolder, fax, pages, aboveForm, actions, onRecorded, testId = 'intake' }: Props) {
  const writable = useLedgerWritable();
  const { offer } = useOffer();
  const status = useIntakeStatus();
  const nowMs = useDeskNow();
  const zone = offer?.settings.zone ?? 'America/New_York';
  const nowWall = () => (nowMs > 0 ? wallClock(fromMillis(nowMs), zone) : '');

  const [form, setForm] = useState<IntakeForm>(initialForm);
  const [latePath, setLatePath] = useState(false);
  const [recorded, setRecorded] = useState<IntakeResult | null>(null);
  // The desk's answer with the draft it answers: kept on screen while a newer draft is being
  // asked about (no flicker on every keystroke), and trusted only when it matches the form.
  const [preview, setPreview] = useState<{ key: string; value: IntakePreview } | null>(null);
  const [previewError, setPreviewError] = useState<ApiError | null>(null);
  const save = useCall();
  const [readError, setReadError] = useState<string | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const holderRef = useRef<HTMLInputElement>(null);

  // Paper from someone not on the roster, logged deliberately: the employee id is as written, no holder to fetch.
  const notOnRoster = form.notOnRosterName !== null;
  const holder = useDeskQuery('holders:get', { employeeId: form.employeeId ?? '-' }, form.employeeId !== null && !notOnRoster);
  const detail = holder.data && holder.data.holder.employeeId === form.employeeId ? holder.data : null;
  const grants = useMemo(() => detail?.grants ?? null, [detail]);

  const locked = status.known && !status.open;
  // A closed offer takes no paper at all, late path or not: the form stays in view, disabled.
  const closed = useClosing() !== null;
  const formDisabled = !status.known || closed || (locked && !latePath);
  // The reason field appears when the desk says this paper needs one (timely, keyed after expiration).
  const askReason = locked && latePath && (preview?.value.lateKeyingRequired ?? false);
  const shownReceipt = receiptText(form, nowWall);
  // An Election Form's tenders are known only once the holder's grants are: until then it is not asked about.
  const grantsPending = !notOnRoster && form.employeeId !== null && form.kind === 'election' && grants === null;
  const draft = buildDraft(form, shownReceipt, grants ?? [], askReason);
  const draftKey = grantsPending ? '' : JSON.stringify(draft);
  const [debouncedKey] = useDebouncedValue(draftKey, 150);
  const current = preview !== null && preview.key === draftKey ? preview.value : null;

  // Only a fax's draft names it: the Intake screen's questions stay exactly what they were.
  const faxId = fax === undefined ? {} : { faxId: fax.id };
  const ask = async (key: string): Promise<IntakePreview | null> => {
    const r = await invoke('intake:preview', { draft: JSON.parse(key) as IntakePreviewDraft, ...faxId });
    if (!r.ok) {
      setPreviewError(r.error);
      return null;
    }
    setPreview({ key, value: r.value });
    setPreviewError(null);
    return r.value;
  };

  // The preview is a cached answer keyed by the draft: refetched when the ledger changes what it
  // would do (paper for this holder keyed elsewhere, an extension) or the expiration passes.
  const asking = debouncedKey !== '' && !formDisabled;
  const askedDraft = useMemo(() => (asking ? (JSON.parse(debouncedKey) as IntakePreviewDraft) : null), [asking, debouncedKey]);
  const answered = useDeskQuery('intake:preview', { draft: askedDraft ?? ({} as IntakePreviewDraft), ...faxId }, askedDraft !== null, { keepPrevious: false });
  useEffect(() => {
    if (askedDraft === null) return;
    if (answered.data) {
      setPreview({ key: debouncedKey, value: answered.data });
      setPreviewError(null);
    } else if (answered.error) {
      setPreviewError(answered.error);
    }
  }, [askedDraft, debouncedKey, answered.data, answered.error]);

  // The holder field has the focus as soon as the form can be typed in (it is disabled until the
  // desk's clock is known, and a disabled field cannot take the focus when the screen opens).
  // Likewise once the "Who is keying?" prompt has been answered (it holds the focus while open).
  const { operator } = useOperator();
  const operatorKnown = typeof operator === 'string';
  // A layout effect: it runs again when the screen is revealed after its code loaded (a passive
  // effect would not), and the next frame checks that nothing took the focus back to the page body.
  useLayoutEffect(() => {
    if (formDisabled || !operatorKnown || !focusHolder) return undefined;
    holderRef.current?.focus();
    const frame = requestAnimationFrame(() => {
      if (document.activeElement === null || document.activeElement === document.body) holderRef.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [formDisabled, operatorKnown, focusHolder]);

  const canSave = !formDisabled && current !== null && current.blocking.length === 0;

  // "Back to the holder field" after a save or on leaving the not-on-roster mode: asked for here,
  // done once the render that brings the picker back has been committed (a frame later is a race).
  const [holderFocusWanted, setHolderFocusWanted] = useState(0);
  useEffect(() => {
    if (holderFocusWanted > 0) holderRef.current?.focus();
  }, [holderFocusWanted]);

  const onSave = async () => {
    if (formDisabled || save.busy || draftKey === '') return;
    // Saved is exactly what the form shows now: asked about first if the desk has not answered yet.
    const key = draftKey;
    const answer = current ?? (await ask(key));
    if (!answer || answer.blocking.length > 0) return;
    let attachments;
    try {
      attachments = await Promise.all(form.files.map(readAttachment));
    } catch (e: unknown) {
      setReadError(e instanceof Error ? e.message : String(e));
      return;
    }
    setReadError(null);
    const r = await save.call('intake:record', { draft: { ...(JSON.parse(key) as IntakePreviewDraft) }, attachments, ...faxId });
    if (!r.ok) return;
    if (onRecorded) {
      onRecorded(r.value);
      return;
    }
    // The "Recorded" panel beside the form is the confirmation; no toast to cover the next entry.
    setRecorded(r.value);
    setForm(emptyForm(null));
    setPreview(null);
    setLatePath(false);
    // From the not-on-roster mode the picker comes back only with the next render.
    setHolderFocusWanted((n) => n + 1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void onSave();
    } else if (e.altKey && e.code === ALL_IN_FULL_KEY.code && !e.ctrlKey && !e.metaKey && form.kind === 'election') {
      e.preventDefault();
      setForm((f) => ({ ...f, everyGrantInFull: true, tenders: {} }));
    }
  };

  // After the holder is taken with Enter the next thing the paper gives is its receipt time.
  const senderRef = useRef<HTMLDivElement>(null);
  const toNotOnRoster = (typed: string) => {
    setForm((f) => asNotOnRoster(f, typed));
    // The first field the operator still has to type from the paper.
    requestAnimationFrame(() => {
      const empty = [...(senderRef.current?.querySelectorAll<HTMLInputElement>('input') ?? [])].find((i) => i.value === '');
      (empty ?? senderRef.current?.querySelector<HTMLInputElement>('input'))?.focus();
    });
  };
  const leaveNotOnRoster = () => {
    setForm(backToRoster);
    setHolderFocusWanted((n) => n + 1);
  };

  const focusReceipt = () => formRef.current?.querySelector<HTMLInputElement>('[data-testid="receipt-field"] input')?.focus();

  const blocking = current?.blocking ?? [];
  const outcome = current?.outcome ?? (preview && preview.value.outcome && draftKey !== '' ? preview.value.outcome : null);

  const formColumn = (
    <div ref={formRef} onKeyDown={onKeyDown}>
      <Fieldset legend="Received document" disabled={formDisabled} aria-label="Received document" data-testid="intake-form" data-locked={formDisabled ? 'true' : 'false'}>
        <Stack gap="sm">
          {aboveForm}
          {notOnRoster ? (
            <div ref={senderRef}>
              <NotOnRosterFields
                name={form.notOnRosterName ?? ''}
                employeeId={form.employeeId ?? ''}
                onName={(name) => setForm((f) => ({ ...f, notOnRosterName: name }))}
                onEmployeeId={(employeeId) => setForm((f) => ({ ...f, employeeId }))}
                onLeave={leaveNotOnRoster}
                disabled={formDisabled}
              />
            </div>
          ) : (
            <HolderPicker
              value={form.employeeId}
              onChange={(employeeId) => setForm((f) => ({ ...f, employeeId, everyGrantInFull: false, tenders: {}, writtenLines: [] }))}
              onPicked={focusReceipt}
              onNotOnRoster={toNotOnRoster}
              disabled={formDisabled}
              inputRef={holderRef}
            />
          )}
          <DocumentFields form={form} setForm={setForm} grants={grants} zone={zone} nowWallClock={nowWall} disabled={formDisabled} fax={fax} />
          {locked && latePath && outcome && !outcome.timely && (
            <Text size="sm" c="red.8">
              Received after the expiration: it will be logged as late and changes no election. No reason is needed.
            </Text>
          )}
          {askReason && (
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
          {/* Beside the fax the preview sits under the form: its warnings (a typed-over receipt time, a
              reception straddling the expiration) are repeated by the button that saves. */}
          {pages !== undefined && !formDisabled && outcome && outcome.warnings.length > 0 && (
            <Alert color="orange" variant="light" title="Before you save" data-testid="intake-warnings">
              <List size="sm" spacing={2}>
                {outcome.warnings.map((w) => (
                  <List.Item key={w}>{w}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {pages !== undefined && !formDisabled && outcome && (current === null || current.blocking.length === 0) && (
            <Group gap={6} data-testid="intake-outcome-line" aria-label="If filed" role="group" style={{ opacity: current === null ? 0.55 : 1 }}>
              <Text size="sm" fw={500}>
                If filed:
              </Text>
              <Badge color={outcome.timely ? 'green' : 'red'} variant={outcome.timely ? 'light' : 'filled'} radius="sm">
                {outcome.timely ? 'Timely' : 'Late: no effect'}
              </Badge>
              <Badge color={STATE_COLOR[outcome.before.state]} variant="light" radius="sm">
                {STATE_LABEL[outcome.before.state]}
              </Badge>
              <Text size="sm" aria-hidden>
                →
              </Text>
              <Badge color={STATE_COLOR[outcome.after.state]} variant="filled" radius="sm">
                {STATE_LABEL[outcome.after.state]}
              </Badge>
            </Group>
          )}
          <Group justify="space-between" align="center" wrap="nowrap">
            <Text size="xs" c="dimmed" data-testid="intake-missing">
              {blocking.join(' ')}
            </Text>
            <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
              {actions}
              <Button onClick={() => void onSave()} disabled={!canSave || !writable} loading={save.busy} color={locked ? 'red' : 'blue'} style={{ flexShrink: 0 }}>
                {locked ? 'Save, flagged as keyed after expiration' : fax ? 'File this fax' : 'Save document'}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Fieldset>
    </div>
  );

  const previewColumn = (
    <>
      {recorded && (
        <>
          <PreviewPanel preview={recorded} recordedId={recorded.document.id} recorded={recorded.document} />
          {recorded.document.nameAsWritten === null && (
            <Button variant="subtle" size="xs" w="fit-content" onClick={() => navigate({ screen: 'holder', employeeId: recorded.holder.employeeId })}>
              Open {recorded.holder.name}
            </Button>
          )}
        </>
      )}
      <ApiErrorAlert error={previewError} />
      {!formDisabled && current && current.blocking.length > 0 && (
        <Alert color="gray" variant="light" title="Not ready to save" data-testid="intake-blocking">
          <List size="sm" spacing={2}>
            {current.blocking.map((b) => (
              <List.Item key={b}>{b}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {!formDisabled && outcome && (current === null || current.blocking.length === 0) && <PreviewPanel preview={outcome} current={current !== null} />}
    </>
  );

  return (
    <Stack gap="md" data-testid={testId}>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {title}
        </Title>
        <Text size="xs" c="dimmed">
          <Kbd>Tab</Kbd> moves between fields · <Kbd>Alt</Kbd> + <Kbd>A</Kbd> every grant in full · <Kbd>Ctrl</Kbd> + <Kbd>Enter</Kbd> saves
        </Text>
      </Group>
      <ClosedNotice />
      {locked && offer && !closed && <LockBanner expiresAtText={offer.expiresAtText} latePath={latePath} onLatePath={() => setLatePath(true)} />}
      {pages === undefined ? (
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={{ base: 12, lg: 7 }}>{formColumn}</Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            {/* Sticky: the preview stays in view while the form scrolls. */}
            <Stack gap="md" style={{ position: 'sticky', top: 72 }}>
              {previewColumn}
            </Stack>
          </Grid.Col>
        </Grid>
      ) : (
        <Grid gap="lg" align="flex-start">
          {/* Sticky: the paper stays in view while the form beside it scrolls. */}
          <Grid.Col span={{ base: 12, lg: 5 }} style={{ position: 'sticky', top: 72 }}>
            {pages}
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="md">
              {formColumn}
              {previewColumn}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
