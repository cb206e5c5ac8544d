// Calm and dense: small controls, neutral surfaces, one accent. A CFO's ledger, not a dashboard toy.
import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 7,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Offer Desk Fallback", sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace',
  headings: { fontWeight: '600' },
  components: {
    TextInput: { defaultProps: { size: 'sm' } },
    Select: { defaultProps: { size: 'sm' } },
    NumberInput: { defaultProps: { size: 'sm' } },
    Table: { defaultProps: { verticalSpacing: 6, horizontalSpacing: 'sm', fz: 'sm' } },
    Card: { defaultProps: { withBorder: true, padding: 'md', radius: 'sm' } },
    Paper: { defaultProps: { withBorder: true, radius: 'sm' } },
    // Every dialog's × needs a name for screen readers.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } },
    // Sentence case reads faster than Mantine's upper-case badges in a dense table.
    Badge: { defaultProps: { tt: 'none' } },
  },
});
