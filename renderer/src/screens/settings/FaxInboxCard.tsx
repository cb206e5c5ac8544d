// Settings › Fax inbox: the folder the company's fax server drops received faxes into, its HylaFAX
// xferfaxlog (optional: without it a fax's receipt time is when the desk saw it arrive), and the
// zone of the fax server's clock. Kept for this ledger on this computer; saving checks each path
// and scans the folder at once. Below: whether the desk is watching, and what it could not take.
import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Text, TextInput } from '@mantine/core';
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
  const [dir, setDir] = useState('');
  const [log, setLog] = useState('');
  const [serverZone, setServerZone] = useState('');
  const api = useCall();
  const notify = useNotify();
  const saved = data?.settings ?? null;
  // The fields follow what is saved (another window may change it), until the operator types.
  useEffect(() => {
    setDir(saved?.dir ?? '');
    setLog(saved?.xferfaxlog ?? '');
    setServerZone(saved?.serverZone ?? '');
  }, [saved?.dir, saved?.xferfaxlog, saved?.serverZone]);

  const changed = dir.trim() !== (saved?.dir ?? '') || log.trim() !== (saved?.xferfaxlog ?? '') || serverZone.trim() !== (saved?.serverZone ?? '');
  const save = async (stop: boolean) => {
    const r = await api.call('inbox:set', {
      dir: stop || dir.trim() === '' ? null : dir.trim(),
      xferfaxlog: log.trim() === '' ? null : log.trim(),
      serverZone: serverZone.trim() === '' ? null : serverZone.trim(),
    });
    if (!r.ok) return;
    notify({
      title: 'Fax inbox',
      message: r.value.settings === null ? 'The desk no longer watches a fax inbox for this ledger.' : `Watching ${r.value.settings.dir}; the folder is scanned now.`,
      color: 'green',
    });
  };
  const editable = data?.editable ?? false;

  return (
    <Card data-testid="fax-inbox-card">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>Fax inbox</Text>
          {data && <WatchBadge view={data} />}
        </Group>
        <Text size="sm">
          Every fax that appears in this folder is put on record at once, with its receipt time, and listed under{' '}
          <Anchor href={hrefFor({ screen: 'faxes', which: 'unfiled' })}>Unfiled faxes</Anchor>. The desk never deletes anything from the folder.
        </Text>
        <TextInput
          label="Inbox folder"
          description="Where the fax server puts received faxes (TIFF or PDF)"
          value={dir}
          onChange={(e) => setDir(e.currentTarget.value)}
          placeholder="/var/spool/hylafax/recvq"
          disabled={!editable}
          spellCheck={false}
          autoComplete="off"
        />
        <TextInput
          label="Fax server log (xferfaxlog), optional"
          description="HylaFAX's log: receipt times then come from the server's record of each call; without it, from when the desk saw the file"
          value={log}
          onChange={(e) => setLog(e.currentTarget.value)}
          placeholder="/var/spool/hylafax/etc/xferfaxlog"
          disabled={!editable}
          spellCheck={false}
          autoComplete="off"
        />
        <TextInput
          label="Fax server's time zone"
          description={`The zone of the server's clock, as an IANA name; empty: the offer's (${data?.offerZone ?? zone})`}
          value={serverZone}
          onChange={(e) => setServerZone(e.currentTarget.value)}
          placeholder={data?.offerZone ?? zone}
          disabled={!editable}
          spellCheck={false}
          autoComplete="off"
          w={320}
        />
        <ApiErrorAlert error={api.error} onClose={api.clearError} />
        <Group gap="xs">
          <Button onClick={() => void save(false)} disabled={!editable || !changed || dir.trim() === ''} loading={api.busy}>
            Save and scan
          </Button>
          {saved !== null && (
            <Button variant="default" onClick={() => void save(true)} disabled={!editable} loading={api.busy}>
              Stop watching
            </Button>
          )}
        </Group>
        {data && <InboxStatusLines view={data} zone={zone} />}
      </Stack>
    </Card>
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
