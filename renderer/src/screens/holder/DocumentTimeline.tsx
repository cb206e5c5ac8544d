// Every document from the holder, newest received first, each with its standing (governing,
// superseded, defective, late, void) and the desk's explanation of why. A void document stays in
// the timeline struck through, with who voided it, when and why, and the document correcting it.
import { ClosedGuard } from '../../ui/Closed';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Timeline } from '@mantine/core';
import type { Grant, GrantElection } from '../../../../main/core/types';
import type { AttachmentInfo, DocumentView } from '../../../../main/ipc/dto';
import { formatShares } from '../../format/numbers';
import {
  CAPACITY_LABEL,
  DEFECT_LABEL,
  DEFECT_STATE_LABEL,
  KIND_SHORT,
  SOURCE_LABEL,
  STANDING_COLOR,
  STANDING_LABEL,
  VIA_LABEL,
} from '../../format/labels';
import { formatCalendarDate, formatInZone } from '../../format/time';
import { useLedgerWritable } from '../../ui/LedgerAccess';

interface Props {
  documents: DocumentView[];
  grants: (Grant & GrantElection)[];
  zone: string;
  onView: (a: AttachmentInfo) => void;
  onVoid: (d: DocumentView) => void;
  onCorrect: (d: DocumentView) => void;
}

/** Scrolls to a document of the timeline (the other end of a correction's link). */
function goTo(id: number) {
  document.querySelector(`[data-testid="document-${id}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
}

export function DocumentTimeline({ documents, grants, zone, onView, onVoid, onCorrect }: Props) {
  return (
    <Card>
      <Text fw={600} mb="sm">
        Documents received ({documents.length})
      </Text>
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing received from this holder yet: the old options are kept.
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} aria-label="Documents received, newest first">
          {documents.map((d) => (
            <Timeline.Item
              key={d.id}
              color={STANDING_COLOR[d.assessment.standing]}
              lineVariant={d.assessment.standing === 'governing' ? 'solid' : 'dashed'}
              title={<DocumentTitle doc={d} zone={zone} />}
              data-testid={`document-${d.id}`}
              data-standing={d.assessment.standing}
            >
              <DocumentBody doc={d} grants={grants} zone={zone} onView={onView} onVoid={onVoid} onCorrect={onCorrect} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  );
}

function DocumentTitle({ doc, zone }: { doc: DocumentView; zone: string }) {
  return (
    <Group gap="xs" wrap="wrap">
      <Badge color={STANDING_COLOR[doc.assessment.standing]} variant="filled" radius="sm">
        {STANDING_LABEL[doc.assessment.standing]}
      </Badge>
      <Text fw={600} size="sm" td={doc.voided ? 'line-through' : undefined}>
        #{doc.id} {KIND_SHORT[doc.kind]}
      </Text>
      <Text size="sm" c="dimmed" td={doc.voided ? 'line-through' : undefined}>
        {VIA_LABEL[doc.via]} · received {formatInZone(doc.receivedAt, zone)}
      </Text>
      {doc.corrects !== null && (
        <Badge color="blue" variant="light" radius="sm" data-testid="corrects-badge">
          Corrects #{doc.corrects}
        </Badge>
      )}
      {doc.keyedAfterExpiration && (
        <Badge color="red" variant="outline" radius="sm">
          Keyed after expiration
        </Badge>
      )}
    </Group>
  );
}

function VoidNote({ doc, zone }: { doc: DocumentView; zone: string }) {
  const v = doc.voided;
  if (!v) return null;
  return (
    <Alert color="gray" variant="light" p="xs" data-testid="void-note" title={`Void — voided ${formatInZone(v.voidedAt, zone)} by ${v.operator}`}>
      <Text size="sm">Why: {v.reason}</Text>
      {v.replacedBy !== null && (
        <Text size="sm">
          Corrected by{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => goTo(v.replacedBy ?? 0)} data-testid="replaced-by-link">
            document #{v.replacedBy}
          </Anchor>
          .
        </Text>
      )}
    </Alert>
  );
}

function DocumentBody({ doc, grants, zone, onView, onVoid, onCorrect }: Omit<Props, 'documents'> & { doc: DocumentView }) {
  const writable = useLedgerWritable();
  const open = doc.assessment.defects.filter((s) => s.state === 'open' || s.state === 'cure-late');
  const struck = doc.voided ? ({ textDecoration: 'line-through', color: 'var(--mantine-color-dark-3)' } as const) : undefined;
  return (
    <Stack gap={4} mt={4}>
      <VoidNote doc={doc} zone={zone} />
      {doc.corrects !== null && (
        <Text size="sm" c="blue.8" data-testid="corrects-note">
          This document corrects{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => goTo(doc.corrects ?? 0)} data-testid="corrects-link">
            document #{doc.corrects}
          </Anchor>
          , which stays on record as void.
        </Text>
      )}
      <Stack gap={4} style={struck} data-testid="document-facts">
      {/* A void document's explanation repeats the void note above. */}
      {!doc.voided && (
        <Text size="sm" data-testid="document-explanation">
          {doc.assessment.explanation}
        </Text>
      )}
      {doc.kind === 'election' && (
        <Text size="sm">
          Tenders:{' '}
          {grants
            .map((g) => `${g.grantId} ${formatShares(doc.tenders.find((t) => t.grantId === g.grantId)?.shares ?? 0)}`)
            .join(' · ')}
        </Text>
      )}
      {open.length > 0 && (
        <Text size="sm" c="orange.9">
          Missing: {open.map((s) => DEFECT_LABEL[s.defect]).join('; ')}
        </Text>
      )}
      {doc.assessment.defects.length > 0 && (
        <Group gap={4}>
          {doc.assessment.defects.map((s) => (
            <Badge key={s.defect} variant="light" radius="sm" color={s.state === 'open' || s.state === 'cure-late' ? 'orange' : 'teal'}>
              {DEFECT_LABEL[s.defect]}: {DEFECT_STATE_LABEL[s.state]}
            </Badge>
          ))}
        </Group>
      )}
      {doc.lateKeyingReason && (
        <Text size="sm" c={doc.keyedAfterExpiration ? 'red.8' : undefined}>
          {doc.keyedAfterExpiration ? 'Late-keying reason' : 'Note'}: {doc.lateKeyingReason}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {SOURCE_LABEL[doc.receiptSource]} · {doc.pages ?? '?'} page(s)
        {doc.senderFax ? ` · from fax ${doc.senderFax}` : ''} · signed by {doc.signedBy ?? '—'} (
        {CAPACITY_LABEL[doc.signerCapacity]}) · keyed {formatInZone(doc.keyedAt, zone)} by {doc.operator} · confirmation due{' '}
        {formatCalendarDate(doc.confirmationDue)}
      </Text>
      {doc.fromFax && (
        <Text size="xs" c={doc.fromFax.receiptOverridden ? 'red.8' : 'dimmed'}>
          Filed from fax {doc.fromFax.faxId} ({doc.fromFax.fileName}), received {doc.fromFax.windowText}
          {doc.fromFax.receiptOverridden ? ' — the receipt time was typed over the fax record’s (overridden)' : ''}
        </Text>
      )}
      {doc.attachments.length > 0 && (
        <Group gap={6}>
          {doc.attachments.map((a) => (
            <Button key={a.id} size="compact-xs" variant="default" onClick={() => onView(a)}>
              View {a.fileName}
            </Button>
          ))}
        </Group>
      )}
      </Stack>
      {!doc.voided && (
        <ClosedGuard notice={false}>
          <Group gap={6} mt={2}>
            <Button size="compact-xs" variant="default" color="orange" onClick={() => onCorrect(doc)} disabled={!writable} aria-label={`Correct document #${doc.id}…`}>
              Correct…
            </Button>
            <Button size="compact-xs" variant="default" color="red" onClick={() => onVoid(doc)} disabled={!writable} aria-label={`Void document #${doc.id}…`}>
              Void…
            </Button>
          </Group>
        </ClosedGuard>
      )}
    </Stack>
  );
}
