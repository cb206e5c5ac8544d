// A moment typed as the paper shows it (fax header, desk stamp): plain text, read by core's
// `readInstantInput` as the typist types, so the field accepts and refuses exactly what the desk
// and the CLI do. Readable text is shown back in the offer's zone and this machine's zone, so
// nobody converts by hand; unreadable text is a field error in core's words, and the forms send
// nothing while it stands (no date picker: its own parser read the machine's zone and fell back
// silently to the previous value).
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { readInstantInput, type InstantReading } from '../../../../main/core/time';
import { formatInZone, formatLocal } from '../../format/time';

interface Props {
  label: string;
  value: string;
  zone: string;
  onChange: (typed: string) => void;
  /** Desk time as text for the field, for the "Now" button (no button when absent). */
  nowWallClock?: () => string;
  disabled?: boolean;
  description?: string;
  /** False for a time that may be left empty (e.g. an extension's decision time: empty = now). */
  required?: boolean;
}

/** What the field's text reads as; null while it is empty (the form says it is missing). */
export function readTimeField(value: string, zone: string): InstantReading | null {
  return value.trim() === '' ? null : readInstantInput(value, zone);
}

const FORMS = 'US month/day order, e.g. 2003-03-31 16:59:59, 3/31/2003 4:59 PM or MAR-31-2003 16:59';

export function ReceivedAtField({ label, value, zone, onChange, nowWallClock, disabled, description, required = true }: Props) {
  const reading = readTimeField(value, zone);
  const error = reading !== null && !reading.ok ? reading.message : undefined;
  return (
    <Stack gap={4}>
      <TextInput
        label={label}
        description={`${description ?? 'Eastern time'}; ${FORMS}`}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
        errorProps={{ 'data-testid': 'time-error' }}
        required={required}
        disabled={disabled}
        maw={520}
        placeholder="2003-03-31 16:59:59"
        autoComplete="off"
        spellCheck={false}
        // The "Now" button sits beside the box itself, above the error line, not beside the label.
        inputContainer={(input) => (
          <Group gap="xs" wrap="nowrap" align="center">
            <div style={{ flex: 1 }}>{input}</div>
            {nowWallClock && (
              <Button
                variant="default"
                onClick={() => onChange(nowWallClock())}
                disabled={disabled}
                aria-label={`Set ${label.toLowerCase()} to the desk's current time`}
              >
                Now
              </Button>
            )}
          </Group>
        )}
      />
      <Text
        size="xs"
        c={reading?.ok === false ? 'red.7' : 'dimmed'}
        data-testid="time-readback"
        data-typed={value}
        data-state={reading === null ? 'empty' : reading.ok ? 'read' : 'unreadable'}
        data-instant={reading?.ok ? reading.instant : ''}
      >
        {reading === null
          ? 'Type the date and time, e.g. 2003-03-31 16:59:59'
          : reading.ok
            ? `= ${formatInZone(reading.instant, zone)} · your time ${formatLocal(reading.instant)}`
            : 'Not readable: nothing is saved until the time above reads.'}
      </Text>
    </Stack>
  );
}
