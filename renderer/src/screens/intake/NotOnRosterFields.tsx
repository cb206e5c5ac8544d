// In place of the holder picker, for paper from someone not on the roster, logged deliberately:
// the sender as the paper names them. The mode is marked so it is never mistaken for a holder's
// paper, and says what saving does before anyone saves.
import { Alert, Button, Group, List, Stack, TextInput } from '@mantine/core';
import type { Ref } from 'react';
import { DEFECT_LABEL } from '../../format/labels';

interface Props {
  name: string;
  employeeId: string;
  onName: (name: string) => void;
  onEmployeeId: (employeeId: string) => void;
  /** Back to the holder picker (nothing typed here is kept). */
  onLeave: () => void;
  disabled?: boolean;
  nameRef?: Ref<HTMLInputElement>;
}

export function NotOnRosterFields({ name, employeeId, onName, onEmployeeId, onLeave, disabled, nameRef }: Props) {
  return (
    <Alert
      color="orange"
      variant="light"
      title="Paper from someone not on the roster"
      data-testid="not-on-roster"
      role="group"
      aria-label="Paper from someone not on the roster"
      styles={{ root: { borderLeft: '4px solid var(--mantine-color-orange-6)' } }}
    >
      <Stack gap="sm">
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <TextInput
            ref={nameRef}
            label="Name as written"
            description="Exactly as on the paper"
            required
            value={name}
            onChange={(e) => onName(e.currentTarget.value)}
            disabled={disabled}
            w={260}
          />
          <TextInput
            label="Employee ID as written"
            description="Exactly as on the paper"
            required
            value={employeeId}
            onChange={(e) => onEmployeeId(e.currentTarget.value)}
            disabled={disabled}
            w={220}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
        </Group>
        <List size="sm" spacing={2} data-testid="not-on-roster-statement">
          <List.Item>The paper is kept on record exactly as written.</List.Item>
          <List.Item>It gets the defect “{DEFECT_LABEL['not-on-roster']}”.</List.Item>
          <List.Item>It changes no one’s election.</List.Item>
          <List.Item>An irregularity letter is due to the sender.</List.Item>
        </List>
        <Button size="compact-sm" variant="default" w="fit-content" onClick={onLeave} disabled={disabled}>
          Back to the holder picker
        </Button>
      </Stack>
    </Alert>
  );
}
