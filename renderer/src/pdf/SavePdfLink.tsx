// "Save PDF…": the batch's own bytes, offered as a blob: download. In the desktop app the shell
// lets blob: downloads through to the system save dialog (main/app/security.ts) and refuses any
// other download; the file is byte for byte what the ledger recorded the SHA-256 of.
import { Button } from '@mantine/core';
import { useEffect, useState } from 'react';
import { base64ToBytes } from './bytes';

export function SavePdfLink({ base64, fileName }: { base64: string; fileName: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: 'application/pdf' }));
    setUrl(made);
    // The letters carry personal data: the blob goes when the dialog does.
    return () => URL.revokeObjectURL(made);
  }, [base64]);
  return (
    <Button component="a" href={url ?? undefined} download={fileName} variant="default" disabled={url === null} aria-label={`Save PDF… (${fileName})`}>
      Save PDF…
    </Button>
  );
}
