// Shows a scanned attachment inside the app from bytes that come over the API (the CSP allows
// nothing remote, and no frames): PNG and JPEG in <img>, PDF pages drawn by pdf.js, and TIFF,
// which browsers do not draw, decoded onto canvases (TiffPages).
import { Anchor, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AttachmentInfo } from '../../../../main/ipc/dto';
import { useDeskQuery } from '../../api/useApi';
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
  // A scan holds personal data: never shown under another file's name, and forgotten when closed.
  const content = useDeskQuery('attachments:get', { id: attachment?.id ?? 1 }, attachment !== null, { keepPrevious: false, forgetWhenUnused: true });
  const { data, error } = content;

  useEffect(() => {
    setLoaded(null);
    if (!attachment || !data) return undefined;
    const bytes = Uint8Array.from(atob(data.base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: data.mediaType }));
    setLoaded({ url, mediaType: data.mediaType, bytes, base64: data.base64 });
    // The blob holds a scan with personal data: release it as soon as the viewer closes.
    return () => URL.revokeObjectURL(url);
  }, [attachment, data]);

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
