// Void… on an extension recorded by mistake: the expiration goes back, and every document whose
// standing changes (timely -> late) is listed before the confirmation restates it.
import { Text } from '@mantine/core';
import type { Extension } from '../../../../main/core/types';
import { invoke } from '../../api/client';
import { useDeskQuery } from '../../api/useApi';
import { standingSummary } from '../../format/corrections';
import { formatInZone } from '../../format/time';
import { AffectedDocuments } from '../../ui/AffectedDocuments';
import { VoidDialog } from '../../ui/VoidDialog';

interface Props {
  extension: Extension | null;
  zone: string;
  onClose: () => void;
  onDone: () => void;
}

export function ExtensionVoidDialog({ extension, zone, onClose, onDone }: Props) {
  const preview = useDeskQuery('extensions:voidPreview', { extensionId: extension?.id ?? 1 }, extension !== null);
  const p = extension !== null && preview.data?.extension.id === extension.id ? preview.data : null;
  const effect = p ? `The expiration goes back from ${p.fromText} to ${p.toText}; ${standingSummary(p.affected)}` : null;
  return (
    <VoidDialog
      opened={extension !== null}
      onClose={onClose}
      title="Void an extension"
      subject={
        extension && (
          <Text size="sm">
            Extension #{extension.id} to {formatInZone(extension.toExpiresAt, zone)}, recorded by {extension.operator} (“{extension.reason}”). It stays on
            record and moves nothing.
          </Text>
        )
      }
      effect={effect}
      previewError={preview.error}
      details={p && <AffectedDocuments affected={p.affected} />}
      confirmLabel="Void the extension"
      onConfirm={(reason) => invoke('extensions:void', { extensionId: extension?.id ?? 0, reason })}
      onDone={onDone}
    />
  );
}
