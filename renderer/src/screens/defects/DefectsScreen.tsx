// Open defects across all holders, the cures recorded against them, and the Company's offer-wide
// waivers (instruction 5: a waiver for one option applies to all).
import { Button, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import type { OpenDefectRow } from '../../../../main/ipc/dto';
import { useDeskQuery } from '../../api/useApi';
import { useOffer } from '../../clock/DeskClock';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { ClosedGuard } from '../../ui/Closed';
import { CureDialog } from './CureDialog';
import { OpenDefectsTable } from './OpenDefectsTable';
import { WaiverDialog } from './WaiverDialog';
import { WaiversTable } from './WaiversTable';
import { useLedgerWritable } from '../../ui/LedgerAccess';

export function DefectsScreen() {
  const writable = useLedgerWritable();
  const defects = useDeskQuery('defects:list', {});
  const waivers = useDeskQuery('waivers:list', {});
  const { offer } = useOffer();
  const [curing, setCuring] = useState<OpenDefectRow | null>(null);
  const [waiving, setWaiving] = useState(false);
  const zone = offer?.settings.zone ?? 'America/New_York';
  const reloadAll = () => {
    defects.reload();
    waivers.reload();
  };

  return (
    <Stack gap="md" data-testid="defects">
      <Group justify="space-between">
        <Title order={2} size="h3">
          Defects &amp; waivers
        </Title>
        <ClosedGuard notice={false}>
          <Button onClick={() => setWaiving(true)} variant="light" disabled={!writable}>
            Grant an offer-wide waiver…
          </Button>
        </ClosedGuard>
      </Group>
      <ApiErrorAlert error={defects.error ?? waivers.error} />
      <ClosedGuard>
        <OpenDefectsTable rows={defects.data ?? []} loading={defects.loading && !defects.data} zone={zone} onCure={setCuring} />
        <WaiversTable waivers={waivers.data ?? []} zone={zone} onVoided={reloadAll} />
      </ClosedGuard>
      <CureDialog row={curing} zone={zone} onClose={() => setCuring(null)} onDone={reloadAll} />
      <WaiverDialog opened={waiving} onClose={() => setWaiving(false)} onDone={reloadAll} />
    </Stack>
  );
}
