// One fax from the inbox opened: its pages beside the intake form, the form prefilled from its
// record (holder and form from its code, for the operator to confirm; delivered by fax; received
// when the fax server's log or the inbox says, with that source). Filing saves the document with
// the fax attached and linked, then moves on to the next unfiled fax. A fax that is no offer
// document is set aside with a reason. A fax already filed or set aside shows what became of it.
import { Alert, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { FaxView, IntakeResult } from '../../../../main/ipc/dto';
import { useDeskQuery } from '../../api/useApi';
import { KIND_SHORT } from '../../format/labels';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useNotify } from '../../ui/Notifications';
import { hrefFor, navigate } from '../../ui/route';
import { formFromFax } from '../intake/draft';
import { IntakeEntry } from '../intake/IntakeEntry';
import { FaxPagesView } from './FaxPagesView';
import { FaxRecordFacts } from './FaxFacts';
import { SetAsideDialog } from './SetAsideDialog';

export function FaxScreen({ id }: { id: number }) {
  const view = useDeskQuery('faxes:get', { id }, true, { keepPrevious: false });
  const unfiled = useDeskQuery('faxes:list', { which: 'unfiled' });
  const notify = useNotify();
  const [settingAside, setSettingAside] = useState(false);
  const fax = view.data;

  /** The next fax still to file (the one listed after this, else the first), or the list when none is left. */
  const moveOn = () => {
    const list = (unfiled.data?.faxes ?? []).map((f) => f.id);
    const at = list.indexOf(id);
    const rest = list.filter((f) => f !== id);
    const next = at >= 0 ? (list.slice(at + 1)[0] ?? rest[0]) : rest[0];
    navigate(next === undefined ? { screen: 'faxes', which: 'unfiled' } : { screen: 'fax', id: next });
  };

  const onRecorded = (r: IntakeResult) => {
    notify({
      title: `Filed as document #${r.document.id}`,
      message: `${fax?.fileName ?? 'The fax'}: ${KIND_SHORT[r.document.kind]} of ${r.holder.name} (${r.holder.employeeId}), received ${r.receivedAtText}. The fax is attached.`,
      color: 'green',
    });
    moveOn();
  };

  const onSetAside = (done: FaxView) => {
    setSettingAside(false);
    notify({ title: 'Set aside', message: `${done.fileName}: not an offer document. It stays on record with your reason.`, color: 'blue' });
    moveOn();
  };

  if (fax === null) {
    return (
      <Stack gap="md" data-testid="fax">
        <BackToList />
        <ApiErrorAlert error={view.error} />
        {view.error === null && <Loader size="sm" aria-label="Loading the fax" />}
      </Stack>
    );
  }

  if (fax.status !== 'unfiled') return <FaxOnRecord fax={fax} />;

  return (
    <>
      <BackToList />
      <IntakeEntry
        key={fax.id}
        testId="fax"
        title={`File fax ${fax.fileName}`}
        initialForm={formFromFax(fax.prefill)}
        focusHolder
        fax={{ id: fax.id, receivedAt: fax.prefill.receivedAt, source: fax.receiptSource, note: `Received ${fax.windowText}` }}
        pages={<FaxPagesView id={fax.id} fileName={fax.fileName} />}
        aboveForm={<FaxRecordFacts fax={fax} />}
        actions={
          <Button variant="default" color="orange" onClick={() => setSettingAside(true)}>
            Not an offer document…
          </Button>
        }
        onRecorded={onRecorded}
      />
      <SetAsideDialog fax={fax} opened={settingAside} onClose={() => setSettingAside(false)} onDone={onSetAside} />
    </>
  );
}

function BackToList() {
  return (
    <Anchor href={hrefFor({ screen: 'faxes', which: 'unfiled' })} size="sm" mb="xs" display="inline-block">
      ← Unfiled faxes
    </Anchor>
  );
}

/** A fax already filed or set aside: its pages and what became of it, no form. */
function FaxOnRecord({ fax }: { fax: FaxView }) {
  const d = fax.disposition;
  const holder = fax.documentEmployeeId ?? undefined;
  return (
    <Stack gap="md" data-testid="fax">
      <BackToList />
      <Title order={2} size="h3">
        Fax {fax.fileName}
      </Title>
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <div style={{ flex: '0 0 42%' }}>
          <FaxPagesView id={fax.id} fileName={fax.fileName} />
        </div>
        <Stack gap="sm" style={{ flex: 1 }}>
          {d && (
            <Alert color={d.documentId === null ? 'gray' : 'green'} variant="light" title={d.documentId === null ? 'Set aside: not an offer document' : `Filed as document #${d.documentId}`} data-testid="fax-disposition">
              <Stack gap={4}>
                <Text size="sm">
                  By {d.operator} at {d.recordedAtText}.
                  {d.receiptOverridden && " The receipt time was typed over the fax record's: the document is flagged as overridden."}
                </Text>
                {d.notOfferReason !== null && <Text size="sm">Reason: {d.notOfferReason}</Text>}
                {holder !== undefined && (
                  <Anchor href={hrefFor({ screen: 'holder', employeeId: holder })} size="sm">
                    Open the holder&rsquo;s documents
                  </Anchor>
                )}
              </Stack>
            </Alert>
          )}
          <FaxRecordFacts fax={fax} />
          <Text size="xs" c="dimmed" ff="monospace">
            {fax.pages} page{fax.pages === 1 ? '' : 's'} · {fax.size.toLocaleString('en-US')} bytes · SHA-256 {fax.sha256.slice(0, 16)}…
          </Text>
        </Stack>
      </Group>
    </Stack>
  );
}
