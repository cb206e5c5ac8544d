// One holder: who they are (ID number masked), what they have tendered grant by grant, and every
// document received from them with what it amounts to now.
import { ClosedGuard, ClosedNotice } from '../../ui/Closed';
import { Anchor, Breadcrumbs, Button, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import type { AttachmentInfo, DocumentView } from '../../../../main/ipc/dto';
import { useDeskQuery } from '../../api/useApi';
import { useOffer } from '../../clock/DeskClock';
import { AnswerLoading } from '../../ui/AnswerLoading';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { hrefFor, navigate } from '../../ui/route';
import { AttachmentViewer } from './AttachmentViewer';
import { CorrectDocumentDialog } from './CorrectDocumentDialog';
import { DocumentTimeline } from './DocumentTimeline';
import { ElectionSummary } from './ElectionSummary';
import { GrantTable } from './GrantTable';
import { VoidDocumentDialog } from './VoidDocumentDialog';
import { useLedgerWritable } from '../../ui/LedgerAccess';

export function HolderScreen({ employeeId }: { employeeId: string }) {
  const writable = useLedgerWritable();
  // Refetched by the change watcher when this holder's paper (or the offer) changes, here or elsewhere.
  const { data, error, loading, reload } = useDeskQuery('holders:get', { employeeId });
  const { offer } = useOffer();
  const [viewing, setViewing] = useState<AttachmentInfo | null>(null);
  const [voiding, setVoiding] = useState<DocumentView | null>(null);
  const [correcting, setCorrecting] = useState<DocumentView | null>(null);

  const zone = offer?.settings.zone ?? 'America/New_York';
  return (
    <Stack gap="md" data-testid="holder" aria-busy={loading}>
      <Breadcrumbs>
        <Anchor href={hrefFor({ screen: 'roster' })} size="sm">
          Roster
        </Anchor>
        <span>{data?.holder.name ?? employeeId}</span>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h3">
          {data?.holder.name ?? employeeId}
        </Title>
        <ClosedGuard notice={false}>
          <Button variant="light" onClick={() => navigate({ screen: 'intake', employeeId })} disabled={!writable}>
            Log a document for this holder
          </Button>
        </ClosedGuard>
      </Group>
      <ClosedNotice />
      <ApiErrorAlert error={error} />
      <AnswerLoading loading={loading} hasData={data !== null} what="the holder" />
      {data && (
        <>
          <ElectionSummary detail={data} />
          <GrantTable detail={data} lookbackFrom={offer?.settings.lookbackFrom ?? null} />
          <DocumentTimeline
            documents={data.documents}
            grants={data.grants}
            zone={zone}
            onView={setViewing}
            onVoid={setVoiding}
            onCorrect={setCorrecting}
          />
          <VoidDocumentDialog doc={voiding} holderName={data.holder.name} onClose={() => setVoiding(null)} onDone={reload} />
          <CorrectDocumentDialog
            doc={correcting}
            detail={data}
            zone={zone}
            onClose={() => setCorrecting(null)}
            onDone={reload}
          />
        </>
      )}
      <AttachmentViewer attachment={viewing} onClose={() => setViewing(null)} />
    </Stack>
  );
}
