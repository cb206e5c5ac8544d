// The ledger file itself: who is keying (every record carries the operator), importing the
// eligibility roster, and verifying that the audit chain is unbroken.
import { useClosing } from '../../ui/Closed';
import { Alert, Button, Card, FileInput, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { VerifyReport } from '../../../../main/ipc/dto';
import { readFileBase64 } from '../../api/file-base64';
import { useCall, useDeskQuery } from '../../api/useApi';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useNotify } from '../../ui/Notifications';
import { useOperator } from '../../ui/Operator';
import { useLedgerWritable } from '../../ui/LedgerAccess';

export function LedgerCard() {
  // A closed offer takes no more holders (the sentence is shown at the top of Settings).
  const closed = useClosing() !== null;
  const writable = useLedgerWritable();
  const session = useDeskQuery('session:get', {});
  const [operator, setOperator] = useState('');
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [csvFile, setCsvFile] = useState<File | null>(null);
  const api = useCall();
  const notify = useNotify();
  const { changed: operatorChanged } = useOperator();
  const current = session.data?.operator ?? '';
  useEffect(() => setOperator(current), [current]);

  const saveOperator = async () => {
    const r = await api.call('session:setOperator', { operator: operator.trim() });
    if (r.ok) {
      notify({ title: 'Operator changed', message: `Records are now keyed as ${r.value.operator ?? ''}.`, color: 'green' });
      if (r.value.operator) operatorChanged(r.value.operator);
      session.reload();
    }
  };

  const verify = async () => {
    setReport(null);
    const r = await api.call('audit:verify', {});
    if (r.ok) setReport(r.value);
  };

  const importRoster = async () => {
    if (!csvFile) return;
    // The file's bytes: the desk decides whether they are UTF-8 (a cp1252 file is refused, not garbled).
    const base64 = await readFileBase64(csvFile);
    const r = await api.call('roster:import', { base64 });
    if (!r.ok) return;
    notify({ title: 'Roster imported', message: `${r.value.holders} holders, ${r.value.grants} grants.`, color: 'green' });
    setCsvFile(null);
  };

  return (
    <Card>
      <Stack gap="sm">
        <Text fw={600}>Ledger</Text>
        <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
          {session.data?.ledgerPath ?? ''}
        </Text>
        <Group align="flex-end" gap="xs">
          <TextInput label="Operator" description="Recorded with every entry" value={operator} onChange={(e) => setOperator(e.currentTarget.value)} w={260} />
          <Button variant="default" onClick={() => void saveOperator()} disabled={operator.trim() === '' || operator.trim() === current}>
            Change operator
          </Button>
        </Group>
        <Group align="flex-end" gap="xs">
          <FileInput
            label="Import eligibility roster (CSV)"
            placeholder="Choose roster.csv"
            accept=".csv,text/csv"
            value={csvFile}
            onChange={setCsvFile}
            clearable
            w={260}
          />
          <Button variant="default" onClick={() => void importRoster()} disabled={!csvFile || closed || !writable} loading={api.busy}>
            Import roster
          </Button>
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={() => void verify()}>
            Verify ledger
          </Button>
          <Text size="xs" c="dimmed">
            Re-checks the audit chain: every record and its hash, in order.
          </Text>
        </Group>
        <ApiErrorAlert error={api.error} onClose={api.clearError} />
        {report && (
          <Alert color={report.ok ? 'green' : 'red'} title={report.ok ? 'Ledger verified' : 'The ledger failed verification'} role="status" data-testid="verify-report">
            <Text size="sm">{report.events} audit events checked.</Text>
            {report.problems.length > 0 && (
              <List size="sm">
                {report.problems.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
