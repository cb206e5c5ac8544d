// The number of faxes from the inbox waiting to be filed, beside "Unfiled faxes" in the nav.
// Refetched live whenever a fax comes in or is filed (the 'faxes' change domain), never polled.
import { Badge } from '@mantine/core';
import { useDeskQuery } from '../api/useApi';

export function UnfiledFaxesBadge() {
  const { data } = useDeskQuery('faxes:list', { which: 'unfiled' });
  const count = data?.unfiled ?? 0;
  if (count === 0) return null;
  return (
    <Badge color="orange" variant="filled" size="sm" radius="xl" data-testid="unfiled-faxes-badge">
      {count}
    </Badge>
  );
}
