// Whose document each filed fax became, so the list can link to the holder's screen (where the
// document and its attachments are). Asked only when filed faxes are shown.
import { useMemo } from 'react';
import { useDeskQuery } from '../../api/useApi';

export function useDocumentHolders(enabled: boolean): ReadonlyMap<number, string> {
  const { data } = useDeskQuery('documents:rows', {}, enabled);
  return useMemo(() => new Map((data ?? []).map((d) => [d.id, d.employee_id])), [data]);
}
