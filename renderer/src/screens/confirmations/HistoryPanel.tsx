// Every print run the ledger holds (`letters:history`), newest first: when, who, first print or
// reprint, which letters, how many pages and the SHA-256 of the PDF. "Reprint" renders the very
// letters produced then; if one would come out different, the desk refuses and says which.
import { Badge, Button, Card, CopyButton, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import type { PrintedBatch, PrintRunView } from '../../../../main/ipc/dto';
import { useCall, useDeskQuery } from '../../api/useApi';
import { PURPOSE_LABEL, shortSha } from '../../format/letters';
import { formatShares } from '../../format/numbers';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useLedgerWritable } from '../../ui/LedgerAccess';

const NOWRAP = { whiteSpace: 'nowrap' } as const;
const NAMES_SHOWN = 4;

interface Props {
  onReprinted: (batch: PrintedBatch) => void;
}

/** "2003-03-28 11:00:01 ET": the desk's text without the milliseconds nobody reads. */
function whenText(run: PrintRunView): string {
  return run.atText.replace(/(\d\d:\d\d:\d\d)\.\d+/, '$1');
}

function Letters({ run }: { run: PrintRunView }) {
  const names = run.letters.map((l) => l.name);
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  const more = names.length - NAMES_SHOWN;
  return (
    <Stack gap={0}>
      <Text size="sm">
        {formatShares(run.letters.length)} {run.letters.length === 1 ? 'letter' : 'letters'}
      </Text>
      <Text size="xs" c="dimmed" lineClamp={2}>
        {more > 0 ? `${shown} and ${formatShares(more)} more` : shown}
      </Text>
    </Stack>
  );
}

/** Mounted only while its tab shows, so it loads the ledger's history fresh each time it opens. */
export function HistoryPanel({ onReprinted }: Props) {
  const writable = useLedgerWritable();
  const history = useDeskQuery('letters:history', {});
  const api = useCall();
  const [reprinting, setReprinting] = useState<number | null>(null);
  const runs = history.data ?? [];

  const reprint = async (run: PrintRunView) => {
    setReprinting(run.id);
    const r = await api.call('letters:reprint', { letterIds: run.letters.map((l) => l.id) });
    setReprinting(null);
    if (!r.ok) return;
    history.reload();
    onReprinted(r.value);
  };

  return (
    <Stack gap="sm" data-testid="print-history">
      {api.error && (
        <Text fw={600} c="red.8" data-testid="reprint-refused">
          Reprint refused: nothing was printed.
        </Text>
      )}
      <ApiErrorAlert error={api.error ?? history.error} {...(api.error ? { onClose: api.clearError } : {})} />
      <Card p={0}>
        {runs.length === 0 ? (
          <Text size="sm" c="dimmed" p="md">
            {history.loading ? 'Loading…' : 'Nothing has been printed yet.'}
          </Text>
        ) : (
          <Table aria-label="Print runs" data-testid="history-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Run</Table.Th>
                <Table.Th>When (ET)</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>Purpose</Table.Th>
                <Table.Th>Letters</Table.Th>
                <Table.Th className="num">Pages</Table.Th>
                <Table.Th>SHA-256 of the PDF</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.map((run) => (
                <Table.Tr key={run.id} data-testid={`print-run-${run.id}`}>
                  <Table.Td>#{run.id}</Table.Td>
                  <Table.Td style={NOWRAP}>{whenText(run)}</Table.Td>
                  <Table.Td>{run.operator}</Table.Td>
                  <Table.Td>
                    <Badge color={run.purpose === 'reprint' ? 'violet' : 'blue'} variant="light" radius="sm">
                      {PURPOSE_LABEL[run.purpose]}
                    </Badge>
                  </Table.Td>
                  <Table.Td maw={280}>
                    <Letters run={run} />
                  </Table.Td>
                  <Table.Td className="num">{formatShares(run.pages)}</Table.Td>
                  <Table.Td style={NOWRAP}>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={run.pdfSha256} multiline w={300}>
                        <Text span size="xs" ff="monospace" tabIndex={0} aria-label={`SHA-256 ${run.pdfSha256}`}>
                          {shortSha(run.pdfSha256)}
                        </Text>
                      </Tooltip>
                      <CopyButton value={run.pdfSha256}>
                        {({ copied, copy }) => (
                          <Button size="compact-xs" variant="subtle" color={copied ? 'green' : 'gray'} onClick={copy} aria-label={`Copy the SHA-256 of print run ${run.id}`}>
                            {copied ? 'Copied' : 'Copy'}
                          </Button>
                        )}
                      </CopyButton>
                    </Group>
                  </Table.Td>
                  <Table.Td style={NOWRAP}>
                    <Button size="compact-sm" variant="default" onClick={() => void reprint(run)} loading={reprinting === run.id} disabled={!writable || (api.busy && reprinting !== run.id)} aria-label={`Reprint print run #${run.id}`}>
                      Reprint…
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <Text size="xs" c="dimmed">
        A reprint renders each letter from the content stored when it was produced and checks it against the SHA-256
        recorded then; it is recorded as a run of its own.
      </Text>
    </Stack>
  );
}
