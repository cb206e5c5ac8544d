// A roster file as it arrives: bytes from disk (CLI) or from the window's file picker (the
// roster:import channel), decoded by the desk as strict UTF-8. A Windows "CSV" is refused, not
// garbled; absurd values are refused; and no refusal ever shows an ID number.
import { afterEach, describe, expect, it } from 'vitest';
import { on } from '../support/desk-call';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlerTable, dispatch, type HandlerContext } from '../../main/ipc/handlers';
import type { Channel } from '../../main/ipc/contract';
import { ROSTER_HEADER, cliSession } from './cli-helpers';
import { paperOnTheDesk } from './letters-desk-fixtures';

const desks: { close(): void }[] = [];
afterEach(() => {
  for (const d of desks.splice(0)) d.close();
});

function window() {
  const d = paperOnTheDesk();
  desks.push(d.desk);
  const table = createHandlerTable();
  const ctx: HandlerContext = { desk: () => d.desk };
  const call = (channel: Channel, payload: unknown) => dispatch(table, ctx, channel, payload);
  const importBytes = (bytes: Buffer) => call('roster:import', { base64: bytes.toString('base64') });
  return { d, call, importBytes };
}

const lines = (...rows: string[]) => [ROSTER_HEADER, ...rows].join('\r\n') + '\r\n';
const jose = 'E9,José García-Márquez,jose@alpha.example,"Calle Mayor 5, Sevilla",734-28-1196,Z,1994,2001-05-07,3.2500,100';
const ana = 'E8,Ana Peña,ana@alpha.example,"Rua Augusta 10, Lisboa",402-77-3815,Y,1994,2001-05-07,3.2500,200';

describe('roster bytes through the window channel', () => {
  it('a roster saved by Excel as Windows "CSV" (cp1252) is refused with "save it as CSV UTF-8", naming the first bad line; nothing is imported', () => {
    const { d, importBytes } = window();
    const before = d.desk.ledger.counts();
    const head = d.desk.ledger.auditHead();
    const r = importBytes(Buffer.from(lines(ana.replace('Peña', 'Pena'), jose), 'latin1'));
    expect(r).toMatchObject({ ok: false, error: { code: 'roster-invalid' } });
    if (r.ok) return;
    expect(r.error.message).toContain('save it as CSV UTF-8');
    expect(r.error.message).toContain('line 3 is the first line that is not UTF-8');
    expect(r.error.message + r.error.details.join('\n')).not.toMatch(/734-28-1196|402-77-3815|\uFFFD/);
    expect(d.desk.ledger.counts()).toEqual(before);
    expect(d.desk.ledger.auditHead()).toEqual(head);
  });

  it('a UTF-8 roster with a byte-order mark (Excel\'s "CSV UTF-8") imports with every accent intact', () => {
    const { d, importBytes } = window();
    const r = importBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines(ana, jose), 'utf8')]));
    expect(r).toEqual({ ok: true, value: { holders: 2, grants: 2 } });
    expect(on(d.desk)('holders:get', { employeeId: 'E9' }).holder.name).toBe('José García-Márquez');
    expect(on(d.desk)('holders:get', { employeeId: 'E8' }).holder.name).toBe('Ana Peña');
    expect(on(d.desk)('holders:get', { employeeId: 'E9' }).holder.idLast4).toBe('1196');
    expect(d.desk.ledger.verify()).toMatchObject({ ok: true });
  });

  it('an ID number of 4 (or 5) characters is refused, saying it needs 6, without showing it', () => {
    const { d, importBytes } = window();
    const before = d.desk.ledger.counts();
    const r = importBytes(Buffer.from(lines(jose.replace('734-28-1196', '1196'), ana.replace('402-77-3815', '40-277')), 'utf8'));
    expect(r).toMatchObject({ ok: false, error: { code: 'roster-invalid' } });
    if (r.ok) return;
    expect(r.error.details).toEqual([
      expect.stringMatching(/^row 2 \(employee E9\), id_number: has fewer than 6 letters or digits .*the value is not shown/),
      expect.stringMatching(/^row 3 \(employee E8\), id_number: has fewer than 6 letters or digits/),
    ]);
    expect(JSON.stringify(r.error)).not.toMatch(/1196|40-277|40277/);
    expect(d.desk.ledger.counts()).toEqual(before);
  });

  it('no refusal shows an ID number, even one typed in the wrong column, and none shows a whole row', () => {
    const { d, importBytes } = window();
    const id = '734-28-1196';
    const rows = [
      jose,
      // Same employee, the ID number typed into the name column: "differs" must not quote it.
      jose.replace('José García-Márquez', id).replace(',Z,', ',Z2,'),
      // The ID number in the e-mail column, and an ID-like value in the price column.
      jose.replace('jose@alpha.example', `${id}@`).replace(',Z,', ',Z3,'),
      jose.replace(',Z,', ',Z4,').replace('3.2500', '555-12-3498'),
      // Another employee whose ID number is pasted into the employee id.
      ana.replace(/^E8/, '402773815').replace('jose', 'x'),
    ];
    const r = importBytes(Buffer.from(lines(...rows), 'utf8'));
    expect(r).toMatchObject({ ok: false, error: { code: 'roster-invalid' } });
    if (r.ok) return;
    const text = JSON.stringify(r.error);
    for (const secret of [id, '734281196', '555-12-3498', '402-77-3815', '402773815', '1196']) expect(text).not.toContain(secret);
    expect(text).not.toContain('Calle Mayor'); // never a whole row
    expect(r.error.details.length).toBeGreaterThanOrEqual(4);
    for (const detail of r.error.details) expect(detail.length).toBeLessThan(400);
    expect(d.desk.ledger.verify()).toMatchObject({ ok: true });
  });

  it('a 10 MB name is refused at once, its length said and at most 60 characters quoted anywhere', () => {
    const { d, importBytes } = window();
    const before = d.desk.ledger.counts();
    const huge = 'A'.repeat(10 * 1024 * 1024);
    const r = importBytes(Buffer.from(lines(jose.replace('José García-Márquez', huge)), 'utf8'));
    expect(r).toMatchObject({ ok: false, error: { code: 'roster-invalid' } });
    if (r.ok) return;
    expect(r.error.details).toEqual(['row 2 (employee E9), name: the value is 10,485,760 characters long; the limit is 200']);
    expect(JSON.stringify(r.error)).not.toMatch(/A{61}/);
    // No timing here (tests never depend on the machine's speed): before the limit, this holder's
    // letter ran for minutes, which the test timeout still catches.
    expect(d.desk.ledger.counts()).toEqual(before);
  });

  it('an address longer than 500 characters, or holding a control character, is refused; two lines are fine', () => {
    const { importBytes } = window();
    const long = importBytes(Buffer.from(lines(jose.replace('Calle Mayor 5, Sevilla', 'x'.repeat(501))), 'utf8'));
    expect(JSON.stringify(long)).toContain('address: the value is 501 characters long; the limit is 500');
    const bell = importBytes(Buffer.from(lines(jose.replace('Sevilla', 'Sevilla\u0007')), 'utf8'));
    expect(JSON.stringify(bell)).toContain('address: the value contains a control character (U+0007)');
    const twoLines = importBytes(Buffer.from(lines(jose.replace('Calle Mayor 5, Sevilla', 'Calle Mayor 5\nSevilla')), 'utf8'));
    expect(twoLines).toEqual({ ok: true, value: { holders: 1, grants: 1 } });
  });

  it('a payload that is not base64 is refused before any decoding', () => {
    const { call } = window();
    expect(call('roster:import', { base64: 'employee_id,name\n' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(call('roster:import', { csv: ROSTER_HEADER })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('roster bytes through the CLI', () => {
  it('import-roster reads the file as bytes: cp1252 refused naming the line, the same file in UTF-8 with a BOM imported', () => {
    const s = cliSession();
    s.ok('init', s.ledger, '--commenced', '2003-02-28', '--expires', '2003-03-31 17:00', '--zone', 'America/New_York');
    const cp1252 = join(s.dir, 'excel.csv');
    writeFileSync(cp1252, Buffer.from(lines(jose), 'latin1'));
    const r = s.cli('import-roster', s.ledger, cp1252);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('save it as CSV UTF-8');
    expect(r.stderr).toContain('line 2');
    expect(r.stderr).not.toContain('734-28-1196');
    expect(s.json<unknown[]>('elections', s.ledger)).toEqual([]);

    const utf8 = join(s.dir, 'excel-utf8.csv');
    writeFileSync(utf8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines(jose), 'utf8')]));
    expect(s.ok('import-roster', s.ledger, utf8)).toBe('Imported 1 holders and 1 eligible grants.\n');
    expect(s.ok('verify', s.ledger)).toMatch(/verifies/);
  });
});
