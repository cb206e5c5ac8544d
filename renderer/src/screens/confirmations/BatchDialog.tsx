// A batch as produced (or reprinted): the whole PDF drawn page by page, every letter starting on
// a new page, then Print… (the system print dialog), Save PDF…, and marking the letters sent.
import { Alert, Badge, Button, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PrintedBatch } from '../../../../main/ipc/dto';
import { LETTER_KIND_LABEL, PURPOSE_LABEL, shortSha } from '../../format/letters';
import { formatShares } from '../../format/numbers';
import { PdfPages } from '../../pdf/PdfPages';
import { printPdf, type PrintJob } from '../../pdf/printPdf';
import { SavePdfLink } from '../../pdf/SavePdfLink';
import { usePdf } from '../../pdf/usePdf';

interface Props {
  batch: PrintedBatch | null;
  onClose: () => void;
  /** "Mark sent…" for the batch's documents. */
  onMarkSent: (batch: PrintedBatch) => void;
}

/** Where each letter starts: page number -> caption. */
function letterStarts(batch: PrintedBatch): Map<number, string> {
  const starts = new Map<number, string>();
  let page = 1;
  batch.letters.forEach((l, i) => {
    starts.set(page, `Letter ${i + 1} of ${batch.letters.length} · ${l.name} · ${LETTER_KIND_LABEL[l.kind]} · document #${l.documentId}`);
    page += l.pages;
  });
  return starts;
}

export function BatchDialog({ batch, onClose, onMarkSent }: Props) {
  const { pdf, error } = usePdf(batch?.base64 ?? null);
  const captions = useMemo(() => (batch ? letterStarts(batch) : new Map<number, string>()), [batch]);
  const [progress, setProgress] = useState<string | null>(null);
  const [printError, setPrintError] = useState<string | null>(null);
  const [printed, setPrinted] = useState(false);
  const job = useRef<PrintJob | null>(null);

  useEffect(() => {
    setPrinted(false);
    setPrintError(null);
    setProgress(null);
    // The page images hold personal data: gone when the batch is.
    return () => {
      job.current?.dispose();
      job.current = null;
    };
  }, [batch]);

  const print = async () => {
    if (!pdf) return;
    setPrintError(null);
    try {
      job.current?.dispose();
      job.current = await printPdf(pdf, (done, total) => setProgress(done < total ? `Preparing page ${done + 1} of ${total} for the printer…` : null));
      setPrinted(true);
    } catch (e: unknown) {
      setPrintError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
    }
  };

  if (!batch) return <Modal opened={false} onClose={onClose} title="" />;
  const documents = batch.letters.length;
  return (
    <Modal opened onClose={onClose} title={`${PURPOSE_LABEL[batch.purpose]} run #${batch.printRunId} · ${formatShares(documents)} ${documents === 1 ? 'letter' : 'letters'} · ${formatShares(batch.pages)} pages`} size={840}>
      <Stack gap="sm" data-testid="batch-dialog">
        <Group gap="xs">
          <Badge color={batch.purpose === 'reprint' ? 'violet' : 'blue'} variant="light" radius="sm">
            {batch.purpose === 'reprint' ? 'Reprint: the same letters as produced' : 'Recorded in the ledger'}
          </Badge>
          <Text size="xs" c="dimmed">
            Every letter starts on a new page ·{' '}
            <Tooltip label={batch.pdfSha256} multiline w={300}>
              <Text span ff="monospace" size="xs" tabIndex={0} aria-label={`SHA-256 of this PDF: ${batch.pdfSha256}`}>
                SHA-256 {shortSha(batch.pdfSha256)}
              </Text>
            </Tooltip>
          </Text>
        </Group>
        <PdfPages pdf={pdf} error={error} captions={captions} label={`Pages of print run ${batch.printRunId}`} />
        {printError && (
          <Alert color="red" title="Not sent to the printer" role="alert">
            {printError}
          </Alert>
        )}
        {printed && (
          <Text size="sm" c="dimmed" data-testid="printed-note">
            Sent to the print dialog. When the letters have gone out, mark them sent.
          </Text>
        )}
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="print-progress">
            {progress ?? ''}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <SavePdfLink base64={batch.base64} fileName={batch.fileName} />
            {/* Sent marks record a confirmation's sending; a batch of Promises to Grant has none to mark. */}
            {batch.letters.some((l) => l.kind !== 'promise-to-grant') && (
              <Button variant={printed ? 'filled' : 'default'} onClick={() => onMarkSent(batch)}>
                Mark sent…
              </Button>
            )}
            <Button variant={printed ? 'default' : 'filled'} onClick={() => void print()} loading={progress !== null} disabled={!pdf}>
              Print…
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
