// Settings › Backups: where the automatic backups of this ledger are (one at every start and at the
// close of the offer), how many are kept, and the audit head — the copy of it each backup and
// letter carries outside the file. Restoring is File › Restore from backup….
import { Button, Card, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatInZone } from '../../../../main/core/time';
import { useCall, useDeskQuery } from '../../api/useApi';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useNotify } from '../../ui/Notifications';

const WHY: Record<'start' | 'close' | 'manual', string> = { start: 'at start', close: 'at the close', manual: 'saved by hand' };

export function BackupsCard({ zone }: { zone: string }) {
  const info = useDeskQuery('backups:info', {});
  const [keep, setKeep] = useState<number | ''>('');
  const api = useCall();
  const notify = useNotify();
  const kept = info.data?.keep ?? null;
  useEffect(() => setKeep(kept ?? ''), [kept]);

  const save = async () => {
    if (keep === '') return;
    const r = await api.call('backups:setKeep', { keep });
    if (r.ok) notify({ title: 'Backups', message: `The newest ${r.value.keep} automatic backups are kept.`, color: 'green' });
  };

  const data = info.data;
  return (
    <Card data-testid="backups-card">
      <Stack gap="sm">
        <Text fw={600}>Backups</Text>
        <Text size="sm">A verified backup is taken every time this ledger is opened and when the offer is closed, into:</Text>
        <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }} data-testid="backups-folder">
          {data?.folder ?? ''}
        </Text>
        <Group align="flex-end" gap="xs">
          <NumberInput
            label="Automatic backups kept"
            description="The oldest are removed after a new one is safely taken"
            value={keep}
            onChange={(v) => setKeep(typeof v === 'number' ? v : '')}
            min={1}
            max={1000}
            allowDecimal={false}
            w={260}
            disabled={data?.keepEditable !== true}
          />
          <Button variant="default" onClick={() => void save()} disabled={keep === '' || keep === kept || data?.keepEditable !== true} loading={api.busy}>
            Keep this many
          </Button>
        </Group>
        <Text size="xs" c="dimmed" data-testid="backups-anchor">
          {data?.anchor ?? ''} — printed in the footer of every letter; verify compares the ledger with it and with every backup.
        </Text>
        {data && data.backups.length > 0 && (
          <Table striped withRowBorders={false} fz="xs" data-testid="backups-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Taken</Table.Th>
                <Table.Th>When</Table.Th>
                <Table.Th>Ends at event</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.backups.map((b) => (
                <Table.Tr key={b.file}>
                  <Table.Td>{formatInZone(b.takenAt, zone)}</Table.Td>
                  <Table.Td>{WHY[b.why]}</Table.Td>
                  <Table.Td>{b.seq}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {data && data.unreadable > 0 && (
          <Text size="xs" c="red">
            {data.unreadable} manifest(s) in the folder could not be read; those backups are not trusted.
          </Text>
        )}
        <ApiErrorAlert error={api.error ?? info.error} onClose={api.clearError} />
      </Stack>
    </Card>
  );
}
