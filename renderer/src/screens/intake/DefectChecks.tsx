// The intake checks from the Notice's instructions, only those that apply to this kind of paper
// and this signer. Ticking one records the document as received but defective.
import { Checkbox, SimpleGrid, Stack, Text } from '@mantine/core';
import type { DefectKind, DocumentKind, SignerCapacity } from '../../../../main/core/types';
import { applicableDefects } from '../../../../main/core/defects';
import { DEFECT_LABEL } from '../../format/labels';

interface Props {
  kind: DocumentKind;
  capacity: SignerCapacity;
  value: DefectKind[];
  onChange: (v: DefectKind[]) => void;
  disabled?: boolean;
}

export function DefectChecks({ kind, capacity, value, onChange, disabled }: Props) {
  const applicable = applicableDefects(kind, capacity);
  return (
    <Checkbox.Group
      label="Defects found"
      description="Tick only what is wrong with the paper; leave all clear for a properly made document."
      value={value}
      onChange={(v) => onChange(v as DefectKind[])}
    >
      <Stack gap={6} mt={6}>
        <SimpleGrid cols={2} spacing={6} verticalSpacing={6}>
          {applicable.map((d) => (
            <Checkbox key={d} value={d} label={DEFECT_LABEL[d]} size="sm" disabled={disabled} />
          ))}
        </SimpleGrid>
        {value.length > 0 && (
          <Text size="xs" c="orange.8">
            A defective document is logged but changes nothing until cured or waived.
          </Text>
        )}
      </Stack>
    </Checkbox.Group>
  );
}
