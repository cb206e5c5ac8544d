// Shows a scanned attachment inside the app: bytes come over the API and become a blob: URL
// (the CSP allows nothing remote). Images go in <img>; PDFs in a frame when the page's policy
// permits one; TIFF, which browsers do not draw, is offered as a copy to save.
import { Alert, Anchor, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AttachmentInfo } from '../../../../main/ipc/dto';
import { invoke, type ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';

interface Loaded {
  url: string;
  mediaType: string;
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
      setLoaded({ url, mediaType: r.value.mediaType });
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

/**
 * Whether this page's CSP lets a blob: document into a frame (frame-src, else default-src). The
 * desktop policy forbids frames altogether; then a PDF is offered as a copy instead of a frame
 * the policy would blank out.
 */
function framesAllowBlob(): boolean {
  const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  const directives = new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  const sources = directives.get('frame-src') ?? directives.get('child-src') ?? directives.get('default-src');
  return sources === undefined || sources.includes('blob:');
}

function Preview({ loaded, name }: { loaded: Loaded; name: string }) {
  if (loaded.mediaType === 'application/pdf') {
    if (!framesAllowBlob()) {
      return (
        <Alert color="gray" title="PDF scan">
          PDF pages are not drawn inside the desk (its security policy allows no embedded frames). Use “Save a copy” to
          open the PDF in your PDF reader.
        </Alert>
      );
    }
    return <iframe src={loaded.url} title={`Attachment ${name}`} style={{ width: '100%', height: '70vh', border: 0 }} />;
  }
  if (loaded.mediaType === 'image/tiff') {
    return (
      <Alert color="gray" title="TIFF scan">
        This viewer cannot draw TIFF images. Use “Save a copy” to open it in another program.
      </Alert>
    );
  }
  return <img src={loaded.url} alt={`Attachment ${name}`} style={{ maxWidth: '100%', maxHeight: '70vh', objectFit: 'contain' }} />;
}
