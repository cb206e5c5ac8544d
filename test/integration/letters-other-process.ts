// A second Offer Desk process on the same ledger, for the concurrency tests: records one Election
// Form (all the holder's grants, or the shares given) or voids a document, then exits. Prints the
// id of what it recorded. Run with `node --import tsx`.
//   letters-other-process.ts LEDGER NOW_ISO receive EMPLOYEE RECEIVED_ISO [GRANT:SHARES …]
//   letters-other-process.ts LEDGER NOW_ISO void DOCUMENT_ID REASON
import { documentDraft } from '../../main/ipc/contract';
import { on } from '../support/desk-call';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { ControllableClock } from '../../main/services/clock';
import { openDesk } from '../../main/services/desk';
import { voidDocument } from '../../main/services/corrections';

const [ledgerPath = '', now = '', what = '', ...rest] = process.argv.slice(2);
const desk = openDesk({ ledgerPath, keyProvider: new FileKeyProvider(`${ledgerPath}.key`), clock: new ControllableClock(now), operator: 'other.clerk' });
try {
  if (what === 'receive') {
    const [employeeId = '', receivedAt = '', ...tenders] = rest;
    const grants = tenders.length > 0
      ? tenders.map((t) => ({ grantId: t.split(':')[0] ?? '', shares: Number(t.split(':')[1]) }))
      : on(desk)('holders:get', { employeeId: employeeId }).grants.map((g) => ({ grantId: g.grantId, shares: g.shares }));
    const draft = documentDraft.parse({ kind: 'election', via: 'fax', employeeId, receivedAt, tenders: grants });
    process.stdout.write(String(on(desk)('intake:record', { draft: draft }).document.id));
  } else if (what === 'void') {
    const [documentId = '0', reason = ''] = rest;
    voidDocument(desk.parts, Number(documentId), reason);
    process.stdout.write(documentId);
  } else {
    throw new Error(`unknown action ${what}`);
  }
} finally {
  desk.close();
}
