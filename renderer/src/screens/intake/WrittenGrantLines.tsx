// Election Form lines typed exactly as written: grant id and shares. Used for paper from someone
// not on the roster (there is no roster to list), and for a grant a rostered holder's form names
// that is not theirs. The desk decides what such lines do (nothing: the paper cannot count).
import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import type { WrittenLine } from './draft';

interface Props {
  lines: WrittenLine[];
  onChange: (lines: WrittenLine[]) => void;
  /** The add button's words, e.g. "Add a grant not on this holder's roster…". */
  addLabel: string;
  /** Said beside the add button while there is no line. */
  emptyNote?: string;
  disabled?: boolean;
}

export function WrittenGrantLines({ lines, onChange, addLabel, emptyNote, disabled }: Props) {
  const set = (i: number, line: WrittenLine) => onChange(lines.map((l, j) => (j === i ? line : l)));
  const add = () => {
    onChange([...lines, { grantId: '', shares: '' }]);
    // The new line's grant id is where the operator types next.
    const n = lines.length + 1;
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-written-line="${n}"]`)?.focus());
  };
  return (
    <Stack gap={6} data-testid="written-lines">
      {lines.map((l, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={i === 0 ? 'Grant ID as written' : undefined}
            aria-label={`Grant ID as written, line ${i + 1}`}
            data-written-line={i + 1}
            value={l.grantId}
            onChange={(e) => set(i, { ...l, grantId: e.currentTarget.value })}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            size="xs"
            w={160}
            disabled={disabled}
          />
          <NumberInput
            label={i === 0 ? 'Shares as written' : undefined}
            aria-label={`Shares as written, line ${i + 1}`}
            value={l.shares}
            onChange={(v) => set(i, { ...l, shares: typeof v === 'number' ? v : v === '' ? '' : Number(v) })}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            size="xs"
            w={150}
            disabled={disabled}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Remove line ${i + 1}`}
            onClick={() => onChange(lines.filter((_, j) => j !== i))}
            disabled={disabled}
            mb={2}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Group gap="xs">
        <Button size="compact-xs" variant="light" color="orange" onClick={add} disabled={disabled}>
          {addLabel}
        </Button>
        {lines.length === 0 && emptyNote && (
          <Text size="xs" c="dimmed">
            {emptyNote}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
