// One letter shown inside the app before anything is printed (`letters:preview`): drawn from the
// PDF the desk would produce right now, and recorded nowhere. Printing goes through "Produce",
// which records the letter, so what reaches the holder is always in the ledger.
import { Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { LetterKind } from '../../../../main/core/types';
import type { ConfirmationRow, LetterPreview } from '../../../../main/ipc/dto';
import { useCall } from '../../api/useApi';
import { LETTER_KIND_LABEL } from '../../format/letters';
import { PdfPages } from '../../pdf/PdfPages';
import { usePdf } from '../../pdf/usePdf';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';

interface Props {
  row: ConfirmationRow | null;
  onClose: () => void;
  /** Hands the document to the produce step ("Produce and print…"). */
  onProduce: (row: ConfirmationRow) => void;
}

export function LetterPreviewDialog({ row, onClose, onProduce }: Props) {
  const [kind, setKind] = useState<LetterKind | null>(null);
  const [preview, setPreview] = useState<LetterPreview | null>(null);
  const api = useCall();
  const { pdf, error } = usePdf(preview?.base64 ?? null);
  const { call, clearError } = api;

  useEffect(() => setKind(row?.letterKind ?? null), [row]);
  useEffect(() => {
    setPreview(null);
    clearError();
    if (!row || !kind) return undefined;
    let live = true;
    void call('letters:preview', { documentId: row.documentId, kind }).then((r) => {
      if (live && r.ok) setPreview(r.value);
    });
    return () => {
      live = false;
    };
  }, [row, kind, call, clearError]);

  const kinds: LetterKind[] = row ? (row.irregularityAvailable ? [row.letterKind, 'irregularity'] : [row.letterKind]) : [];
  return (
    <Modal opened={row !== null} onClose={onClose} title={row ? `Letter preview · ${row.name} · document #${row.documentId}` : ''} size={840}>
      <Stack gap="sm" data-testid="letter-preview">
        <Group justify="space-between" align="center" wrap="nowrap">
          {kinds.length > 1 ? (
            <SegmentedControl
              aria-label="Which letter"
              value={kind ?? undefined}
              onChange={(v) => setKind(v as LetterKind)}
              data={kinds.map((k) => ({ value: k, label: LETTER_KIND_LABEL[k] }))}
              size="xs"
            />
          ) : (
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {kind ? LETTER_KIND_LABEL[kind] : ''}
              {preview ? ` · ${preview.pages} ${preview.pages === 1 ? 'page' : 'pages'}` : ''}
            </Text>
          )}
          <Text size="xs" c="dimmed" ta="right">
            Preview only: nothing is recorded. This is the letter as it would be produced now; producing it fixes its
            content, and reprints are then identical.
          </Text>
        </Group>
        <ApiErrorAlert error={api.error} />
        {preview && <PdfPages pdf={pdf} error={error} label={`Pages of the ${LETTER_KIND_LABEL[preview.kind].toLowerCase()} for ${row?.name ?? ''}`} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          {row && kind === row.letterKind && (
            <Button onClick={() => onProduce(row)}>
              Produce and print…
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
