// The fax's pages as they came in, drawn in the window from the bytes on record: a TIFF (CCITT
// G3/G4, normal-resolution pages stretched to the paper's shape) on canvases, a PDF by pdf.js.
import { Loader, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useDeskQuery } from '../../api/useApi';
import { PdfPages } from '../../pdf/PdfPages';
import { usePdf } from '../../pdf/usePdf';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { TiffPages } from '../../ui/TiffPages';

const HEIGHT = 'calc(100dvh - 150px)';

export function FaxPagesView({ id, fileName }: { id: number; fileName: string }) {
  // A fax holds personal data: forgotten as soon as no screen shows it.
  const { data, error } = useDeskQuery('faxes:content', { id }, true, { keepPrevious: false, forgetWhenUnused: true });
  return (
    <Stack gap={4} data-testid="fax-pages" aria-label={`Pages of fax ${fileName}`} role="region">
      <Text size="xs" c="dimmed" ff="monospace">
        {fileName}
      </Text>
      <ApiErrorAlert error={error} />
      {data === null && error === null && <Loader size="sm" aria-label="Loading the fax" />}
      {data !== null && data.mediaType === 'image/tiff' && <Tiff base64={data.base64} name={fileName} />}
      {data !== null && data.mediaType === 'application/pdf' && <Pdf base64={data.base64} name={fileName} />}
    </Stack>
  );
}

function Tiff({ base64, name }: { base64: string; name: string }) {
  const bytes = useMemo(() => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)), [base64]);
  return <TiffPages bytes={bytes} name={name} what="Fax" maxHeight={HEIGHT} />;
}

function Pdf({ base64, name }: { base64: string; name: string }) {
  const { pdf, error } = usePdf(base64);
  return <PdfPages pdf={pdf} error={error} label={`Fax ${name}`} width={520} height={HEIGHT} />;
}
