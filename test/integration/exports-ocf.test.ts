// The close's cancellations in Open Cap Format: a package (ZIP) whose every file and object the
// coalition's own draft-07 schemas accept (copied into test/fixtures/ocf-schema, so CI needs
// nothing else), that stands alone (every id it refers to is in it) and that counts exactly what
// the offer's results count.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { resultsOf } from '../../main/services/offer-results';
import { zipEntries } from '../support/zip-entries';
import { closedOffer, deskOf } from './exports-fixtures';

const SCHEMA_DIR = join(import.meta.dirname, '..', 'fixtures', 'ocf-schema', 'schema');
const BASE = 'https://raw.githubusercontent.com/Open-Cap-Table-Coalition/Open-Cap-Format-OCF/main/schema/';

function schemaFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? schemaFiles(path) : name.endsWith('.schema.json') ? [path] : [];
  });
}

const FILE_SCHEMAS: Record<string, string> = {
  OCF_MANIFEST_FILE: 'files/OCFManifestFile.schema.json',
  OCF_STOCK_CLASSES_FILE: 'files/StockClassesFile.schema.json',
  OCF_STOCK_PLANS_FILE: 'files/StockPlansFile.schema.json',
  OCF_STAKEHOLDERS_FILE: 'files/StakeholdersFile.schema.json',
  OCF_TRANSACTIONS_FILE: 'files/TransactionsFile.schema.json',
};
const OBJECT_SCHEMAS: Record<string, string> = {
  ISSUER: 'objects/Issuer.schema.json',
  STOCK_CLASS: 'objects/StockClass.schema.json',
  STOCK_PLAN: 'objects/StockPlan.schema.json',
  STAKEHOLDER: 'objects/Stakeholder.schema.json',
  TX_EQUITY_COMPENSATION_ISSUANCE: 'objects/transactions/issuance/EquityCompensationIssuance.schema.json',
  TX_EQUITY_COMPENSATION_CANCELLATION: 'objects/transactions/cancellation/EquityCompensationCancellation.schema.json',
};

type OcfItem = { id: string; object_type: string; [field: string]: unknown };
type OcfFileJson = { file_type: string; items?: OcfItem[]; [field: string]: unknown };

let ajv: Ajv;
const validator = (relative: string): ValidateFunction => {
  const v = ajv.getSchema(BASE + relative);
  if (!v) throw new Error(`no schema ${relative}`);
  return v;
};
function problems(v: ValidateFunction, value: unknown): string {
  return v(value) ? '' : ajv.errorsText(v.errors, { separator: '\n' });
}

beforeAll(() => {
  // Draft-07 (Ajv's default dialect) with formats checked (date, date-time, email). Not strict:
  // the schemas use annotations Ajv does not know ("deprecated": "true").
  ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of schemaFiles(SCHEMA_DIR)) ajv.addSchema(JSON.parse(readFileSync(file, 'utf8')) as object);
});

function exportedPackage(): { files: Map<string, Buffer>; s: ReturnType<typeof closedOffer> } {
  const s = closedOffer();
  const file = join(s.dir, 'cancellations.ocf.zip');
  expect(s.ok('export', s.ledger, '--ocf', file)).toBe(`Wrote the cancellations in Open Cap Format to ${file}.\n`);
  return { files: zipEntries(readFileSync(file)), s };
}

function parsed(files: Map<string, Buffer>): Map<string, OcfFileJson> {
  return new Map([...files].map(([name, bytes]) => [name, JSON.parse(bytes.toString('utf8')) as OcfFileJson]));
}

describe('the Open Cap Format export of the close', () => {
  it('is a package whose manifest lists each file with its MD5, and every file and every object in it validates against the OCF schemas', () => {
    const { files } = exportedPackage();
    const json = parsed(files);
    expect([...json.keys()]).toEqual(['Manifest.ocf.json', 'StockClasses.ocf.json', 'StockPlans.ocf.json', 'Stakeholders.ocf.json', 'Transactions.ocf.json']);
    const manifest = json.get('Manifest.ocf.json')!;
    const listed = ['stock_classes_files', 'stock_plans_files', 'stakeholders_files', 'transactions_files'].flatMap((k) => manifest[k] as { filepath: string; md5: string }[]);
    expect(listed.map((f) => f.filepath).sort()).toEqual([...json.keys()].filter((n) => n !== 'Manifest.ocf.json').sort());
    for (const f of listed) expect(createHash('md5').update(files.get(f.filepath)!).digest('hex'), f.filepath).toBe(f.md5);

    for (const [name, file] of json) {
      expect(problems(validator(FILE_SCHEMAS[file.file_type]!), file), name).toBe('');
      for (const item of file.items ?? []) expect(problems(validator(OBJECT_SCHEMAS[item.object_type]!), item), `${name} ${item.id}`).toBe('');
    }
    expect(problems(validator(OBJECT_SCHEMAS.ISSUER!), manifest.issuer), 'issuer').toBe('');
  });

  it('has one cancellation per accepted grant, of the shares accepted, on the close’s cancellation date, naming the offer', () => {
    const { files, s } = exportedPackage();
    const json = parsed(files);
    const tx = json.get('Transactions.ocf.json')!.items!;
    const cancellations = tx.filter((t) => t.object_type === 'TX_EQUITY_COMPENSATION_CANCELLATION');
    const desk = deskOf(s);
    const results = (() => {
      try {
        return resultsOf(desk.parts);
      } finally {
        desk.close();
      }
    })();
    expect(cancellations).toHaveLength(results.totals.grantsAccepted);
    expect(cancellations.reduce((n, c) => n + Number(c.quantity), 0)).toBe(results.totals.sharesAccepted);
    expect(json.get('Stakeholders.ocf.json')!.items).toHaveLength(results.totals.holdersParticipating);
    const accepted = results.holders.flatMap((h) => h.grants.filter((g) => g.sharesAccepted > 0));
    expect(cancellations.map((c) => [c.security_id, c.quantity]).sort()).toEqual(accepted.map((g) => [`option-${g.grantId}`, String(g.sharesAccepted)]).sort());
    for (const c of cancellations) {
      expect(c.date).toBe('2003-04-01');
      expect(c.reason_text).toBe('Cancelled in exchange under the Alpha Technologies Group, Inc. Offer to Exchange Options commenced 2003-02-28');
    }
    expect(json.get('Manifest.ocf.json')!.as_of).toBe('2003-04-01');
  });

  it('a partial tender names a new issuance for the shares the holder kept, and that issuance is in the package', () => {
    const { files } = exportedPackage();
    const tx = parsed(files).get('Transactions.ocf.json')!.items!;
    const d = tx.find((t) => t.id === 'cancellation-D')!;
    expect(d).toMatchObject({ security_id: 'option-D', quantity: '1500', balance_security_id: 'option-D-balance' });
    const balance = tx.find((t) => t.object_type === 'TX_EQUITY_COMPENSATION_ISSUANCE' && t.security_id === 'option-D-balance');
    expect(balance).toMatchObject({ date: '2003-04-01', quantity: '500', stakeholder_id: 'stakeholder-E2', exercise_price: { amount: '7.4400', currency: 'USD' } });
    // A grant tendered in full leaves no balance.
    expect(tx.find((t) => t.id === 'cancellation-A')).not.toHaveProperty('balance_security_id');
  });

  it('stands alone: every security, stakeholder, plan and class a transaction names is defined in the package', () => {
    const { files } = exportedPackage();
    const json = parsed(files);
    const tx = json.get('Transactions.ocf.json')!.items!;
    const ids = (name: string) => new Set(json.get(name)!.items!.map((i) => i.id));
    const issued = new Set(tx.filter((t) => t.object_type === 'TX_EQUITY_COMPENSATION_ISSUANCE').map((t) => t.security_id));
    for (const t of tx) {
      if (t.object_type === 'TX_EQUITY_COMPENSATION_CANCELLATION') {
        expect(issued.has(t.security_id), t.id).toBe(true);
        if (t.balance_security_id !== undefined) expect(issued.has(t.balance_security_id), t.id).toBe(true);
      } else {
        expect(ids('Stakeholders.ocf.json').has(t.stakeholder_id as string), t.id).toBe(true);
        expect(ids('StockPlans.ocf.json').has(t.stock_plan_id as string), t.id).toBe(true);
        expect(ids('StockClasses.ocf.json').has(t.stock_class_id as string), t.id).toBe(true);
      }
    }
    for (const plan of json.get('StockPlans.ocf.json')!.items!) for (const c of plan.stock_class_ids as string[]) expect(ids('StockClasses.ocf.json').has(c)).toBe(true);
    // The old options: only those the cancellations refer to (E1's B was kept whole and is not here).
    expect([...issued].sort()).toEqual(['option-A', 'option-C', 'option-D', 'option-D-balance']);
    // Every object id is unique across the package, as OCF requires.
    const all = [...json.values()].flatMap((f) => (f.items ?? []).map((i) => i.id));
    expect(new Set(all).size).toBe(all.length);
  });

  it('the schema check catches a wrong package (a cancellation without its reason is rejected)', () => {
    const { files } = exportedPackage();
    const tx = parsed(files).get('Transactions.ocf.json')!;
    const broken = { ...tx, items: tx.items!.map((t) => (t.object_type === 'TX_EQUITY_COMPENSATION_CANCELLATION' ? { ...t, reason_text: undefined } : t)) };
    expect(problems(validator(FILE_SCHEMAS.OCF_TRANSACTIONS_FILE!), JSON.parse(JSON.stringify(broken)))).not.toBe('');
  });
});
