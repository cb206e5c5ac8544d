// Void… on a document of the holder's timeline: the desk previews the effect (the election before
// and after, each document whose standing changes, letters already produced that become wrong),
// and the confirmation restates it before `documents:void`.
import { List, Stack, Text } from '@mantine/core';
import type { DocumentView } from '../../../../main/ipc/dto';
import { invoke } from '../../api/client';
import { useDeskQuery } from '../../api/useApi';
import { electionInWords, lettersMadeWrong, standingSummary } from '../../format/corrections';
import { KIND_SHORT, VIA_LABEL } from '../../format/labels';
import { AffectedDocuments } from '../../ui/AffectedDocuments';
import { VoidDialog } from '../../ui/VoidDialog';

interface Props {
  doc: DocumentView | null;
  holderName: string;
  onClose: () => void;
  onDone: () => void;
}

export function VoidDocumentDialog({ doc, holderName, onClose, onDone }: Props) {
  const preview = useDeskQuery('documents:voidPreview', { documentId: doc?.id ?? 1 }, doc !== null);
  const p = doc !== null && preview.data?.document.id === doc.id ? preview.data : null;
  const wrong = p ? lettersMadeWrong(p.affected).length : 0;
  // The desk's sentence about the void itself is written for a placeholder reason; the dialog
  // states the void (and the real reason) on its own, so only the election's changes are listed.
  const changes = p ? p.changes.filter((c) => !c.startsWith('Void:')) : [];
  const effect = p
    ? `${holderName}'s election goes from "${electionInWords(p.before)}" to "${electionInWords(p.after)}"; ${standingSummary(p.affected)}` +
      (wrong > 0 ? `; ${wrong} letter${wrong === 1 ? '' : 's'} already produced become${wrong === 1 ? 's' : ''} wrong and will call for a correction letter` : '')
    : null;
  return (
    <VoidDialog
      opened={doc !== null}
      onClose={onClose}
      title={doc ? `Void document #${doc.id}` : 'Void document'}
      subject={
        doc && (
          <Text size="sm">
            #{doc.id} {KIND_SHORT[doc.kind]} from {holderName}, {VIA_LABEL[doc.via].toLowerCase()}, received {doc.receivedAtText}, keyed by {doc.operator}.
            It stays on record, struck through, and counts for nothing.
          </Text>
        )
      }
      effect={effect}
      previewError={preview.error}
      details={
        p && (
          <Stack gap={6}>
            {changes.length > 0 && (
              <List size="sm" data-testid="void-changes">
                {changes.map((c) => (
                  <List.Item key={c}>{c}</List.Item>
                ))}
              </List>
            )}
            <AffectedDocuments affected={p.affected} />
          </Stack>
        )
      }
      confirmLabel={doc ? `Void document #${doc.id}` : 'Void'}
      onConfirm={(reason) => invoke('documents:void', { documentId: doc?.id ?? 0, reason })}
      onDone={onDone}
    />
  );
}
