// Void… on a waiver granted by mistake: that defect is open again offer-wide; every document
// whose standing changes is listed before the confirmation restates it.
import { Text } from '@mantine/core';
import type { Waiver } from '../../../../main/core/types';
import { invoke } from '../../api/client';
import { useDeskQuery } from '../../api/useApi';
import { standingSummary } from '../../format/corrections';
import { DEFECT_LABEL } from '../../format/labels';
import { formatInZone } from '../../format/time';
import { AffectedDocuments } from '../../ui/AffectedDocuments';
import { VoidDialog } from '../../ui/VoidDialog';

interface Props {
  waiver: Waiver | null;
  zone: string;
  onClose: () => void;
  onDone: () => void;
}

export function WaiverVoidDialog({ waiver, zone, onClose, onDone }: Props) {
  const preview = useDeskQuery('waivers:voidPreview', { waiverId: waiver?.id ?? 1 }, waiver !== null);
  const p = waiver !== null && preview.data?.waiver.id === waiver.id ? preview.data : null;
  const effect = p && waiver ? `“${DEFECT_LABEL[waiver.defect]}” is no longer waived on any document; ${standingSummary(p.affected)}` : null;
  return (
    <VoidDialog
      opened={waiver !== null}
      onClose={onClose}
      title="Void a waiver"
      subject={
        waiver && (
          <Text size="sm">
            Waiver #{waiver.id} of “{DEFECT_LABEL[waiver.defect]}”, granted {formatInZone(waiver.grantedAt, zone)} by {waiver.operator} (“{waiver.reason}”). It
            stays on record and settles nothing.
          </Text>
        )
      }
      effect={effect}
      previewError={preview.error}
      details={p && <AffectedDocuments affected={p.affected} />}
      confirmLabel="Void the waiver"
      onConfirm={(reason) => invoke('waivers:void', { waiverId: waiver?.id ?? 0, reason })}
      onDone={onDone}
    />
  );
}
