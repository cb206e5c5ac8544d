// One holder's Promise to Grant shown before it is made (`letters:preview` with the kind
// 'promise-to-grant'): the PDF the desk would produce now, recorded nowhere. A promise already made
// is given again by a reprint from the print history, not previewed here.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { LetterPreview, PromiseRow } from '../../../../main/ipc/dto';
import { useCall } from '../../api/useApi';
import { PdfPages } from '../../pdf/PdfPages';
import { usePdf } from '../../pdf/usePdf';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';

export function PromisePreviewDialog({ row, onClose }: { row: PromiseRow | null; onClose: () => void }) {
  const [preview, setPreview] = useState<LetterPreview | null>(null);
  const api = useCall();
  const { pdf, error } = usePdf(preview?.base64 ?? null);
  const { call, clearError } = api;

  useEffect(() => {
    setPreview(null);
    clearError();
    if (!row) return undefined;
    let live = true;
    void call('letters:preview', { documentId: row.documentId, kind: 'promise-to-grant' }).then((r) => {
      if (live && r.ok) setPreview(r.value);
    });
    return () => {
      live = false;
    };
  }, [row, call, clearError]);

  return (
    <Modal opened={row !== null} onClose={onClose} title={row ? `Promise to Grant preview · ${row.name}` : ''} size={840}>
      <Stack gap="sm" data-testid="promise-preview">
        <Text size="xs" c="dimmed">
          Preview only: nothing is recorded. This is the letter as it would be produced now; producing it fixes its content, and
          reprints are then identical.
        </Text>
        <ApiErrorAlert error={api.error} />
        {preview && <PdfPages pdf={pdf} error={error} label={`Pages of the Promise to Grant for ${row?.name ?? ''}`} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
