// Recording that the holder cured one defect of a document, with when the cure was received
// (a cure after the deadline is logged but leaves the defect open).
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { DefectKind } from '../../../../main/core/types';
import type { OpenDefectRow } from '../../../../main/ipc/dto';
import { useCall } from '../../api/useApi';
import { useDeskNow } from '../../clock/DeskClock';
import { DEFECT_LABEL } from '../../format/labels';
import { fromMillis, wallClock } from '../../format/time';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useNotify } from '../../ui/Notifications';
import { ReceivedAtField, readTimeField } from '../intake/ReceivedAtField';

interface Props {
  row: OpenDefectRow | null;
  zone: string;
  onClose: () => void;
  onDone: () => void;
}

export function CureDialog({ row, zone, onClose, onDone }: Props) {
  const nowMs = useDeskNow();
  const [defect, setDefect] = useState<DefectKind | null>(null);
  const [curedAt, setCuredAt] = useState('');
  const cure = useCall();
  const notify = useNotify();
  const open = row?.defects.filter((d) => d.state === 'open' || d.state === 'cure-late') ?? [];

  useEffect(() => {
    if (!row) return;
    setDefect(row.defects.find((d) => d.state === 'open')?.defect ?? null);
    setCuredAt(wallClock(fromMillis(nowMs), zone));
    cure.clearError();
    // Only when a new row is opened: the clock ticking must not overwrite what was typed.
  }, [row]);

  // Core reads the field; while it is unreadable the cure cannot be recorded (never an old value).
  const reading = readTimeField(curedAt, zone);
  const parsed = reading?.ok ? reading.instant : null;
  const submit = async () => {
    if (!row || !defect || parsed === null) return;
    const r = await cure.call('defects:cure', { documentId: row.documentId, defect, curedAt: parsed });
    if (!r.ok) return;
    const late = r.value.warnings.join(' ');
    notify({
      title: late ? 'Cure logged, defect still open' : 'Cure recorded',
      message: late || `${DEFECT_LABEL[defect]}: document #${row.documentId} (${row.name}).`,
      color: late ? 'yellow' : 'green',
    });
    onDone();
    onClose();
  };

  return (
    <Modal opened={row !== null} onClose={onClose} title={row ? `Record a cure: document #${row.documentId}, ${row.name}` : ''} size="lg">
      <Stack gap="sm">
        <Select
          label="Defect cured"
          data={open.map((d) => ({ value: d.defect, label: DEFECT_LABEL[d.defect] }))}
          value={defect}
          onChange={(v) => setDefect(v as DefectKind | null)}
          allowDeselect={false}
          data-autofocus
        />
        <ReceivedAtField
          label="Cure received at"
          value={curedAt}
          zone={zone}
          onChange={setCuredAt}
          nowWallClock={() => wallClock(fromMillis(nowMs), zone)}
          description="When the corrected paper arrived, Eastern time"
        />
        <Text size="xs" c="dimmed">
          A cured document takes its place by its original receipt time.
        </Text>
        <ApiErrorAlert error={cure.error} onClose={cure.clearError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void submit()} disabled={!defect || parsed === null} loading={cure.busy}>
            Record cure
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
