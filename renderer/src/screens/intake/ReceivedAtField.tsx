// A moment typed as Eastern wall-clock time (what the fax header or the desk stamp says), shown
// back in Eastern and in this machine's zone so nobody converts by hand. The text typed is the
// value: it is read by core's own rule (readInstantInput), and an unreadable entry is shown as an
// error here, never silently replaced by the previous value.
// (Interim plain field for issue 8's intake work; the "time" engineer owns its final form.)
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { formatInZone, readInstantInput } from '../../../../main/core/time';
import { formatLocal } from '../../format/time';

interface Props {
  label: string;
  value: string;
  zone: string;
  onChange: (text: string) => void;
  /** Desk time as wall clock in the zone, for the "Now" button (no button when absent). */
  nowWallClock?: () => string;
  disabled?: boolean;
  description?: string;
  placeholder?: string;
}

export function ReceivedAtField({ label, value, zone, onChange, nowWallClock, disabled, description, placeholder }: Props) {
  const reading = value.trim() === '' ? null : readInstantInput(value, zone);
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={label}
          description={description ?? 'Eastern time'}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          required
          disabled={disabled}
          w={300}
          placeholder={placeholder ?? '2003-03-31 16:59:59'}
          error={reading && !reading.ok ? true : undefined}
          aria-invalid={reading && !reading.ok ? true : undefined}
          autoComplete="off"
          spellCheck={false}
          data-mantine-stop-propagation="true"
        />
        {nowWallClock && (
          <Button variant="default" onClick={() => onChange(nowWallClock())} disabled={disabled} aria-label={`Set ${label.toLowerCase()} to the desk's current time`}>
            Now
          </Button>
        )}
      </Group>
      <Text size="xs" c={reading === null || reading.ok ? 'dimmed' : 'red.7'} data-testid="time-readback" role={reading && !reading.ok ? 'alert' : undefined} maw={420}>
        {reading === null
          ? 'Type the date and time, e.g. 2003-03-31 16:59:59'
          : reading.ok
            ? `= ${formatInZone(reading.instant, zone)} · your time ${formatLocal(reading.instant)}`
            : reading.message}
      </Text>
    </Stack>
  );
}
