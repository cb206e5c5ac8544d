// Scans of the paper (PDF, TIFF, PNG, JPEG), kept with the document. Bad files are named here,
// before anything is sent.
import { FileInput, Text } from '@mantine/core';
import { fileProblem } from './readFiles';

interface Props {
  value: File[];
  onChange: (files: File[]) => void;
  disabled?: boolean;
}

export function AttachmentPicker({ value, onChange, disabled }: Props) {
  const problems = value.map(fileProblem).filter((p): p is string => p !== null);
  return (
    <div>
      <FileInput
        label="Attachments (optional)"
        description="The faxed or scanned pages: PDF, TIFF, PNG or JPEG, up to 25 MB each"
        placeholder="Choose files"
        multiple
        clearable
        accept="application/pdf,image/tiff,image/png,image/jpeg,.pdf,.tif,.tiff,.png,.jpg,.jpeg"
        value={value}
        onChange={onChange}
        disabled={disabled}
        clearButtonProps={{ 'aria-label': 'Remove attachments' }}
      />
      {problems.map((p) => (
        <Text key={p} size="xs" c="red.7" role="alert">
          {p}
        </Text>
      ))}
    </div>
  );
}
