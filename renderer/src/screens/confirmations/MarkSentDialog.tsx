// Marking confirmations sent: the day they left the desk (today in Eastern time by the desk's
// clock, unless the desk says otherwise) and how. The desk refuses what cannot have happened — a
// day to come, a document with no letter produced, one already sent — and its words are shown as
// they are: one refusal means nothing was marked.
import { Button, Group, List, Modal, ScrollArea, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { readCalendarDateInput } from '../../../../main/core/time';
import type { SendMethod } from '../../../../main/core/types';
import type { MarkSentResult } from '../../../../main/ipc/dto';
import { useCall } from '../../api/useApi';
import { useDeskNow, useOffer } from '../../clock/DeskClock';
import { SEND_METHOD_LABEL, SEND_METHODS_IN_ORDER } from '../../format/letters';
import { formatShares } from '../../format/numbers';
import { calendarDateIn, formatCalendarDate, fromMillis } from '../../format/time';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';

export interface ToMark {
  documentId: number;
  name: string;
}

interface Props {
  documents: ToMark[] | null;
  /** Today in the offer's zone as the queue last reported it, until the desk clock has answered. */
  fallbackToday: string | null;
  onClose: () => void;
  onMarked: (result: MarkSentResult) => void;
}

export function MarkSentDialog({ documents, fallbackToday, onClose, onMarked }: Props) {
  const { offer } = useOffer();
  const now = useDeskNow();
  const today = offer && now !== 0 ? calendarDateIn(fromMillis(now), offer.settings.zone) : fallbackToday;
  const [sentOn, setSentOn] = useState<string | null>(null);
  const [method, setMethod] = useState<SendMethod>('mail');
  const api = useCall();
  const { clearError } = api;
  const opened = documents !== null;

  // A fresh form each time: today's date, by mail (how most confirmations go out).
  useEffect(() => {
    if (!opened) return;
    setSentOn(null);
    setMethod('mail');
    clearError();
  }, [opened, clearError]);
  // What is typed is what is saved: core reads the text (2003-03-25, 3/25/2003, Mar 25 2003 ...)
  // the same way the desk will, and an unreadable day is an error here, never today or a guess.
  const typed = sentOn ?? today ?? '';
  const reading = readCalendarDateInput(typed);
  const day = reading.ok ? reading.date : null;

  const mark = async () => {
    if (!documents || !day) return;
    const r = await api.call('confirmations:markSent', { documentIds: documents.map((d) => d.documentId), sentOn: day, method });
    if (r.ok) onMarked(r.value);
  };

  const list = documents ?? [];
  const n = formatShares(list.length);
  return (
    <Modal opened={opened} onClose={onClose} title={`Mark ${n} ${list.length === 1 ? 'confirmation' : 'confirmations'} sent`} size="lg">
      <Stack gap="sm" data-testid="mark-sent-dialog">
        <ScrollArea.Autosize mah={160} type="auto">
          <List size="sm" spacing={2} aria-label="Documents to mark sent">
            {list.map((d) => (
              <List.Item key={d.documentId}>
                #{d.documentId} · {d.name}
              </List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
        <Group gap="lg" align="flex-start">
          <TextInput
            label="Sent on"
            description="Eastern time; today unless they went out earlier (US month/day order)"
            value={typed}
            onChange={(e) => setSentOn(e.currentTarget.value)}
            error={reading.ok ? undefined : reading.message}
            required
            w={300}
            autoComplete="off"
            spellCheck={false}
            data-testid="sent-on"
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="send-method-label">
              How
            </Text>
            <SegmentedControl
              aria-labelledby="send-method-label"
              value={method}
              onChange={(v) => setMethod(v as SendMethod)}
              data={SEND_METHODS_IN_ORDER.map((m) => ({ value: m, label: SEND_METHOD_LABEL[m] }))}
            />
          </Stack>
        </Group>
        {day && (
          <Text size="xs" c="dimmed" data-testid="sent-on-readback" data-date={day}>
            = {formatCalendarDate(day)}
          </Text>
        )}
        <ApiErrorAlert error={api.error} onClose={api.clearError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={api.busy}>
            Cancel
          </Button>
          <Button onClick={() => void mark()} loading={api.busy} disabled={!day || list.length === 0}>
            Mark {n} sent
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
