// The facts of one piece of paper, below the holder picker: kind, delivery, receipt time, pages,
// signer, defects, tenders and scans. Nothing is filled in for the operator that the paper must
// say: no fax time, no signer, no tenders.
import { Button, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import type { Dispatch, ReactNode, SetStateAction } from 'react';
import type { DeliveryVia, DocumentKind, Grant, GrantElection, ReceiptSource, SignerCapacity } from '../../../../main/core/types';
import { applicableDefects } from '../../../../main/core/defects';
import { CAPACITIES_IN_ORDER, CAPACITY_LABEL, DEFECT_LABEL, KIND_SHORT, SOURCE_LABEL, VIA_LABEL } from '../../format/labels';
import { AttachmentPicker } from './AttachmentPicker';
import { DefectChecks } from './DefectChecks';
import { signerProblem } from '../../../../main/core/signer';
import { namesForeignGrant, receiptText, withDelivery, withShares, type FaxReceiptPrefill, type IntakeForm } from './draft';
import { ReceivedAtField } from './ReceivedAtField';
import { TenderTable } from './TenderTable';
import { WrittenGrantLines } from './WrittenGrantLines';

interface Props {
  form: IntakeForm;
  setForm: Dispatch<SetStateAction<IntakeForm>>;
  /** The holder's grants, or null while they are being fetched. */
  grants: (Grant & GrantElection)[] | null;
  zone: string;
  nowWallClock: () => string;
  disabled: boolean;
  /** Filing a fax from the inbox: the receipt time and source its record gives. */
  fax?: FaxReceiptPrefill;
}

export function DocumentFields({ form, setForm, grants, zone, nowWallClock, disabled, fax }: Props) {
  const set = <K extends keyof IntakeForm>(key: K, value: IntakeForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  // Changing the kind or signer drops defect ticks that no longer apply (the withdrawal box is on the Notice only).
  const setKind = (kind: DocumentKind) =>
    setForm((f) => ({ ...f, kind, defects: f.defects.filter((d) => applicableDefects(kind, f.signerCapacity).includes(d)) }));
  const setCapacity = (signerCapacity: SignerCapacity) =>
    setForm((f) => ({ ...f, signerCapacity, defects: f.defects.filter((d) => applicableDefects(f.kind, signerCapacity).includes(d)) }));
  // A fax's time as its record gives it: kept, its source is the record's; typed over, the desk
  // flags the document as overridden and the source is what the operator read it from.
  const fromFaxRecord = fax !== undefined && form.receivedAt.trim() === fax.receivedAt;
  const receiptDescription =
    fax !== undefined
      ? fromFaxRecord
        ? `${fax.note}, Eastern time`
        : "Typed over the fax record's time: the document will be flagged as overridden; Eastern time"
      : form.via === 'fax'
        ? 'Typed from the fax header, Eastern time'
        : form.receivedAtEdited
          ? 'As on the desk stamp, Eastern time'
          : 'Desk stamp: now, ticking until you type over it';

  return (
    <Stack gap="sm">
      <Group gap="lg" align="flex-end">
        <Labelled label="Document" id="intake-kind">
          <SegmentedControl
            aria-labelledby="intake-kind"
            value={form.kind}
            onChange={(v) => setKind(v as DocumentKind)}
            data={(['election', 'notice'] as const).map((k) => ({ value: k, label: KIND_SHORT[k] }))}
            disabled={disabled}
          />
        </Labelled>
        <Labelled label="Delivered by" id="intake-via">
          <SegmentedControl
            aria-labelledby="intake-via"
            value={form.via}
            onChange={(v) => setForm((f) => withDelivery(f, v as DeliveryVia))}
            data={(['fax', 'hand'] as const).map((k) => ({ value: k, label: VIA_LABEL[k] }))}
            disabled={disabled}
          />
        </Labelled>
      </Group>
      <Group gap="md" align="flex-start">
        <div data-testid="receipt-field">
          <ReceivedAtField
            label="Received at"
            value={receiptText(form, nowWallClock)}
            zone={zone}
            onChange={(v) => setForm((f) => ({ ...f, receivedAt: v, receivedAtEdited: true }))}
            nowWallClock={nowWallClock}
            disabled={disabled}
            description={receiptDescription}
          />
        </div>
        {fax !== undefined && fromFaxRecord ? (
          <TextInput label="Time taken from" value={SOURCE_LABEL[fax.source]} readOnly w={180} disabled={disabled} data-testid="receipt-source-fax" />
        ) : (
          <Select
            label="Time taken from"
            data={(['fax-header', 'desk-stamp'] as const).map((s) => ({ value: s, label: SOURCE_LABEL[s] }))}
            value={form.receiptSource}
            onChange={(v) => v && set('receiptSource', v as ReceiptSource)}
            allowDeselect={false}
            disabled={disabled}
            w={180}
          />
        )}
        {fax !== undefined && !fromFaxRecord && (
          <Button variant="subtle" mt={24} onClick={() => setForm((f) => ({ ...f, receivedAt: fax.receivedAt, receivedAtEdited: true }))} disabled={disabled}>
            Use the fax record&rsquo;s time
          </Button>
        )}
      </Group>
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <NumberInput label="Pages" value={form.pages} onChange={(v) => set('pages', typeof v === 'number' ? v : '')} min={1} max={1000} allowDecimal={false} w={80} disabled={disabled} />
        {form.via === 'fax' && (
          <TextInput label="Sender's fax" placeholder="(603) 555-0100" value={form.senderFax} onChange={(e) => set('senderFax', e.currentTarget.value)} w={160} disabled={disabled} />
        )}
        <TextInput
          label="Signed by"
          placeholder="As signed on the paper"
          value={form.signedBy}
          onChange={(e) => set('signedBy', e.currentTarget.value)}
          error={signerProblem(form.defects, form.signedBy)}
          w={190}
          disabled={disabled}
        />
        <Select
          label="Capacity of signer"
          data={CAPACITIES_IN_ORDER.map((c) => ({ value: c, label: CAPACITY_LABEL[c] }))}
          value={form.signerCapacity}
          onChange={(v) => v && setCapacity(v as SignerCapacity)}
          allowDeselect={false}
          disabled={disabled}
          w={170}
        />
      </Group>
      <DefectChecks kind={form.kind} capacity={form.signerCapacity} value={form.defects} onChange={(v) => set('defects', v)} disabled={disabled} />
      {form.kind === 'election' && grants !== null && grants.length > 0 && (
        <TenderTable
          form={form}
          grants={grants}
          onAllInFull={() => setForm((f) => ({ ...f, everyGrantInFull: true, tenders: {} }))}
          onClear={() => setForm((f) => ({ ...f, everyGrantInFull: false, tenders: {} }))}
          onShares={(grantId, shares) => setForm((f) => withShares(f, grants, grantId, shares))}
          disabled={disabled}
        >
          <WrittenGrantLines
            lines={form.writtenLines}
            onChange={(writtenLines) => set('writtenLines', writtenLines)}
            addLabel="Add a grant not on this holder’s roster…"
            disabled={disabled}
          />
          {namesForeignGrant(form) && (
            <Text size="sm" c="orange.9" data-testid="foreign-grant-note">
              The form names a grant that is not this holder’s: it is logged as written with the defect “{DEFECT_LABEL['grant-not-eligible']}” and
              cannot count. Remove the line if it was a typo.
            </Text>
          )}
        </TenderTable>
      )}
      {form.kind === 'election' && form.notOnRosterName !== null && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Grants and shares as written on the form
          </Text>
          <Text size="xs" c="dimmed">
            There is no roster to list: type each line the form names.
          </Text>
          <WrittenGrantLines
            lines={form.writtenLines}
            onChange={(writtenLines) => set('writtenLines', writtenLines)}
            addLabel="Add a line as written"
            emptyNote="No line: the form names no grant."
            disabled={disabled}
          />
        </Stack>
      )}
      {form.kind === 'notice' && (
        <Text size="sm" c="dimmed">
          A Notice withdraws every tendered option: the holder keeps all old options.
        </Text>
      )}
      <AttachmentPicker value={form.files} onChange={(files) => set('files', files)} disabled={disabled} />
    </Stack>
  );
}

function Labelled({ label, id, children }: { label: string; id: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}
