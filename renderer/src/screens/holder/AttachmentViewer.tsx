// Shows a scanned attachment inside the app from bytes that come over the API (the CSP allows
// nothing remote, and no frames): PNG and JPEG in <img>, PDF pages drawn by pdf.js, and TIFF,
// which browsers do not draw, decoded onto canvases (TiffPages).
import { Anchor, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AttachmentInfo } from '../../../../main/ipc/dto';
import { invoke, type ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { TiffPages } from '../../ui/TiffPages';
import { PdfPages } from '../../pdf/PdfPages';
import { usePdf } from '../../pdf/usePdf';

interface Loaded {
  url: string;
  mediaType: string;
  bytes: Uint8Array;
  base64: string;
}

export function AttachmentViewer({ attachment, onClose }: { attachment: AttachmentInfo | null; onClose: () => void }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!attachment) return undefined;
    let url: string | null = null;
    let live = true;
    setLoaded(null);
    setError(null);
    void invoke('attachments:get', { id: attachment.id }).then((r) => {
      if (!live) return;
      if (!r.ok) {
        setError(r.error);
        return;
      }
      const bytes = Uint8Array.from(atob(r.value.base64), (c) => c.charCodeAt(0));
      url = URL.createObjectURL(new Blob([bytes], { type: r.value.mediaType }));
      setLoaded({ url, mediaType: r.value.mediaType, bytes, base64: r.value.base64 });
    });
    // The blob holds a scan with personal data: release it as soon as the viewer closes.
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [attachment]);

  return (
    <Modal opened={attachment !== null} onClose={onClose} title={attachment?.fileName ?? ''} size="xl" closeButtonProps={{ 'aria-label': 'Close attachment' }}>
      <Stack gap="xs">
        <ApiErrorAlert error={error} />
        {attachment && !loaded && !error && <Loader size="sm" aria-label="Loading attachment" />}
        {loaded && <Preview loaded={loaded} name={attachment?.fileName ?? 'attachment'} />}
        {attachment && (
          <Group justify="space-between">
            <Text size="xs" c="dimmed" ff="monospace">
              {attachment.mediaType} · {attachment.size.toLocaleString('en-US')} bytes · SHA-256 {attachment.sha256.slice(0, 16)}…
            </Text>
            {loaded && (
              <Anchor href={loaded.url} download={attachment.fileName} size="sm">
                Save a copy
              </Anchor>
            )}
          </Group>
        )}
      </Stack>
    </Modal>
  );
}

function PdfAttachment({ base64, name }: { base64: string; name: string }) {
  const { pdf, error } = usePdf(base64);
  return <PdfPages pdf={pdf} error={error} label={`Attachment ${name}`} width={640} height="70vh" />;
}

function Preview({ loaded, name }: { loaded: Loaded; name: string }) {
  if (loaded.mediaType === 'application/pdf') return <PdfAttachment base64={loaded.base64} name={name} />;
  if (loaded.mediaType === 'image/tiff') return <TiffPages bytes={loaded.bytes} name={name} />;
  return <img src={loaded.url} alt={`Attachment ${name}`} style={{ maxWidth: '100%', maxHeight: '70vh', objectFit: 'contain' }} />;
}
