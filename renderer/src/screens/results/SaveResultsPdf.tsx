// "Save results PDF…": the desk renders the report (per holder and grant, hundreds of pages for a
// big offer) only when asked, then offers its bytes as a download (the desktop shell lets blob:
// downloads through to the system save dialog, main/app/security.ts).
import { Button, Group, Text } from '@mantine/core';
import { useCall } from '../../api/useApi';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { base64ToBytes } from '../../pdf/bytes';

function download(base64: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: 'application/pdf' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The report carries personal data: the blob goes once the download has it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function SaveResultsPdf() {
  const { call, busy, error } = useCall();
  return (
    <>
      <Group gap="xs">
        <Button
          loading={busy}
          onClick={() => {
            void call('results:pdf', {}).then((r) => {
              if (r.ok) download(r.value.base64, r.value.fileName);
            });
          }}
        >
          Save results PDF…
        </Button>
        {busy && (
          <Text size="sm" c="dimmed" role="status">
            Preparing the report…
          </Text>
        )}
      </Group>
      <ApiErrorAlert error={error} />
    </>
  );
}
