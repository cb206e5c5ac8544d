// Settings › Fax inbox: the folder the company's fax server drops received faxes into, its HylaFAX
// xferfaxlog (optional: without it a fax's receipt time is when the desk saw it arrive), and the
// zone of the fax server's clock. Kept for this ledger on this computer; saving checks each path
// and scans the folder at once. Below: whether the desk is watching, and what it could not take.
import { Alert, Anchor, Badge, Button, Card, Group, List, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { InboxView } from '../../../../main/ipc/dto';
import { useCall, useDeskQuery } from '../../api/useApi';
import { formatInZone } from '../../../../main/core/time';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useNotify } from '../../ui/Notifications';
import { hrefFor } from '../../ui/route';

export function FaxInboxCard({ zone }: { zone: string }) {
  const inbox = useDeskQuery('inbox:get', {});
  const data = inbox.data;
  const [editing, setEditing] = useState(false);
  const api = useCall();
  const notify = useNotify();
  const saved = data?.settings ?? null;
  const editable = data?.editable ?? false;

  const stop = async () => {
    const r = await api.call('inbox:set', { dir: null });
    if (r.ok) notify({ title: 'Fax inbox', message: 'The desk no longer watches a fax inbox for this ledger.', color: 'green' });
  };

  return (
    <Card data-testid="fax-inbox-card">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>Fax inbox</Text>
          {data && <WatchBadge view={data} />}
        </Group>
        <Text size="sm">
          Every fax that appears in the folder is put on record at once, with its receipt time, and listed under{' '}
          <Anchor href={hrefFor({ screen: 'faxes', which: 'unfiled' })}>Unfiled faxes</Anchor>. The desk never deletes anything from the folder.
        </Text>
        {saved !== null ? (
          <Table withRowBorders={false} fz="sm" data-testid="inbox-settings">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={150}>Folder</Table.Th>
                <Table.Td ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {saved.dir}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Server log</Table.Th>
                <Table.Td ff={saved.xferfaxlog === null ? undefined : 'monospace'} style={{ wordBreak: 'break-all' }}>
                  {saved.xferfaxlog ?? 'None: receipt times are when the desk saw each fax arrive'}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Server&rsquo;s zone</Table.Th>
                <Table.Td>{saved.serverZone}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            No inbox is set up for this ledger on this computer.
          </Text>
        )}
        <ApiErrorAlert error={api.error} onClose={api.clearError} />
        <Group gap="xs">
          <Button variant="default" onClick={() => setEditing(true)} disabled={!editable}>
            {saved === null ? 'Set up the fax inbox…' : 'Change the fax inbox…'}
          </Button>
          {saved !== null && (
            <Button variant="default" onClick={() => void stop()} disabled={!editable} loading={api.busy}>
              Stop watching
            </Button>
          )}
        </Group>
        {data && <InboxStatusLines view={data} zone={zone} />}
      </Stack>
      {data && <InboxDialog view={data} opened={editing} onClose={() => setEditing(false)} zone={zone} />}
    </Card>
  );
}

/** The three settings, checked by the desk when saved (each refusal one sentence, nothing saved). */
function InboxDialog({ view, opened, onClose, zone }: { view: InboxView; opened: boolean; onClose: () => void; zone: string }) {
  const saved = view.settings;
  const [dir, setDir] = useState('');
  const [log, setLog] = useState('');
  const [serverZone, setServerZone] = useState('');
  const api = useCall();
  const notify = useNotify();
  const { clearError } = api;
  useEffect(() => {
    if (!opened) return;
    setDir(saved?.dir ?? '');
    setLog(saved?.xferfaxlog ?? '');
    setServerZone(saved?.serverZone ?? '');
    clearError();
  }, [opened, saved, clearError]);

  const save = async () => {
    if (dir.trim() === '') return;
    const r = await api.call('inbox:set', {
      dir: dir.trim(),
      xferfaxlog: log.trim() === '' ? null : log.trim(),
      serverZone: serverZone.trim() === '' ? null : serverZone.trim(),
    });
    if (!r.ok) return;
    notify({ title: 'Fax inbox', message: `Watching ${r.value.settings?.dir ?? dir.trim()}; the folder is scanned now.`, color: 'green' });
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Fax inbox" size="lg" data-testid="inbox-dialog">
      <Stack gap="sm">
        <TextInput
          label="Inbox folder"
          description="Where the fax server puts received faxes (TIFF or PDF)"
          value={dir}
          onChange={(e) => setDir(e.currentTarget.value)}
          placeholder="/var/spool/hylafax/recvq"
          spellCheck={false}
          autoComplete="off"
          required
          data-autofocus
        />
        <TextInput
          label="Server log (HylaFAX xferfaxlog), optional"
          description="Receipt times then come from the server's record of each call; without it, from when the desk saw the file"
          value={log}
          onChange={(e) => setLog(e.currentTarget.value)}
          placeholder="/var/spool/hylafax/etc/xferfaxlog"
          spellCheck={false}
          autoComplete="off"
        />
        <TextInput
          label="Server's time zone"
          description={`The zone of the server's clock, as an IANA name; empty: the offer's (${view.offerZone || zone})`}
          value={serverZone}
          onChange={(e) => setServerZone(e.currentTarget.value)}
          placeholder={view.offerZone || zone}
          spellCheck={false}
          autoComplete="off"
          w={320}
        />
        <ApiErrorAlert error={api.error} onClose={api.clearError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void save()} disabled={dir.trim() === ''} loading={api.busy}>
            Save and scan
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function WatchBadge({ view }: { view: InboxView }) {
  if (view.status.watching) {
    return (
      <Badge color="green" variant="light" radius="sm" data-testid="inbox-watching">
        {view.status.scanning ? 'Watching · scanning' : 'Watching'}
      </Badge>
    );
  }
  return (
    <Badge color={view.settings === null ? 'gray' : 'orange'} variant="light" radius="sm" data-testid="inbox-watching">
      Not watching
    </Badge>
  );
}

function InboxStatusLines({ view, zone }: { view: InboxView; zone: string }) {
  const s = view.status;
  return (
    <Stack gap={4} data-testid="inbox-status">
      {s.error !== null && (
        <Alert color="orange" variant="light" title="The inbox needs attention">
          {s.error}
        </Alert>
      )}
      {view.settings !== null && (
        <Text size="xs" c="dimmed">
          {s.lastScanAt === null ? 'Not scanned yet.' : `Last scanned ${formatInZone(s.lastScanAt, zone)}.`} {s.recorded} fax{s.recorded === 1 ? '' : 'es'} put on record since the
          desk started watching.
          {s.waiting.length > 0 && ` Waiting for: ${s.waiting.join(', ')} (still being written, or for its line in the server's log).`}
        </Text>
      )}
      {s.problems.length > 0 && (
        <>
          <Text size="sm" fw={500}>
            Files the desk could not take, or notes on faxes it took
          </Text>
          <List size="xs" spacing={2}>
            {s.problems.map((p) => (
              <List.Item key={p.file}>
                <Text span ff="monospace" size="xs">
                  {p.file}
                </Text>
                : {p.reason}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
