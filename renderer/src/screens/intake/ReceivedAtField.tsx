// A moment typed as Eastern wall-clock time (what the fax header or the desk stamp says), shown
// back in Eastern and in this machine's zone so nobody converts by hand.
import { Button, Group, Stack, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { formatInZone, formatLocal, parseWallClock } from '../../format/time';

interface Props {
  label: string;
  value: string;
  zone: string;
  onChange: (wallClock: string) => void;
  /** Desk time as wall clock in the zone, for the "Now" button (no button when absent). */
  nowWallClock?: () => string;
  disabled?: boolean;
  description?: string;
}

// Our own parser and an identity formatter: dayjs would read the text in the machine's zone,
// and the value must stay Eastern wall-clock text whatever zone this machine is in.
const identity = (v: string) => v;

export function ReceivedAtField({ label, value, zone, onChange, nowWallClock, disabled, description }: Props) {
  const parsed = parseWallClock(value, zone);
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <DateInput
          label={label}
          description={description ?? 'Eastern time'}
          value={value === '' ? null : value}
          onChange={(v) => onChange(v ?? '')}
          valueFormat={identity}
          dateParser={(text) => {
            const p = parseWallClock(text, zone);
            return p ? formatInZone(p.instant, zone).slice(0, 19) : null;
          }}
          withTime
          fixOnBlur={false}
          required
          disabled={disabled}
          w={300}
          placeholder="2003-03-31 16:59:59"
          // Escape in this field closes its calendar only: inside a dialog it must not also throw
          // away the dialog and what was typed in it (Mantine's modal honours this attribute).
          data-mantine-stop-propagation="true"
        />
        {nowWallClock && (
          <Button variant="default" onClick={() => onChange(nowWallClock())} disabled={disabled} aria-label={`Set ${label.toLowerCase()} to the desk's current time`}>
            Now
          </Button>
        )}
      </Group>
      <Text size="xs" c={parsed || value === '' ? 'dimmed' : 'red.7'} data-testid="time-readback">
        {parsed
          ? `= ${formatInZone(parsed.instant, zone)} · your time ${formatLocal(parsed.instant)}`
          : value === ''
            ? 'Type the date and time, e.g. 2003-03-31 16:59:59'
            : 'Not a time: use YYYY-MM-DD HH:mm:ss'}
      </Text>
    </Stack>
  );
}
