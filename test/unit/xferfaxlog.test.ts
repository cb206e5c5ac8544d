// The fax server's log, as HylaFAX writes it in its several versions: the desk finds each received
// fax's record by its file name, and reads the call's start and length from it, whatever the
// version, quoting or line endings; a line it cannot read is counted, never fatal.
import { describe, expect, it } from 'vitest';
import { receiptFromServerLog, receiptWindowText, straddlesExpiration } from '../../main/core/fax-receipt';
import { lastRecordFor, parseXferfaxlog, readDuration } from '../../main/core/xferfaxlog';

const T = '\t';
/** HylaFAX 6/7: quoted numbers, CallID fields and the DCS after the reason. */
const V6 = ['03/31/03 16:58', 'RECV', '000000123', 'ttyS0', 'recvq/fax00012.tif', '', 'fax', '"+1 212 555 0100"', '"+1 415 555 0199"', '4231', '2', '0:02:30', '0:02:41', '""', '"JONES PAT"', '"4155550199"', '""', '', '"ECM 14400 bit/s"'].join(T);
/** HylaFAX 4.1: no quotes, fewer fields, jobtime as m:ss. */
const V41 = ['04/01/03 09:05', 'RECV', '00000124', 'ttyS1', 'recvq/fax00013.tif', '', 'fax', '2125550100', '+1 415 555 0142', '4227', '1', '1:05', '1:12', ''].join(T);
/** HylaFAX+ 7 with trailing fields added after the DCS. */
const V7 = ['04/01/03 10:14', 'RECV', '000000131', 'ttyACM0', 'recvq/fax00014.tif', '', 'fax', '"+1 212 555 0100"', '"ACME LEGAL"', '32774', '3', '1:02:03', '1:02:10', '""', '""', '""', '"callid"', '', '"V.17 14400"', '""', '"extra"'].join(T);
const SEND = ['03/31/03 16:40', 'SEND', '000000122', 'ttyS0', '17', 'job17', 'cfo', '"5550100"', '"+1 212 555 0100"', '4231', '1', '0:45', '0:52', '""'].join(T);
const CALL = ['03/31/03 16:57', 'CALL', '000000123', 'ttyS0', '', '', 'fax', '"+1 212 555 0100"', '""', '0', '0', '0:00', '0:00', '""'].join(T);

describe("reading HylaFAX's xferfaxlog", () => {
  it('reads a RECV record: the call start to the minute, its length, the file by base name, pages and the sender', () => {
    const log = parseXferfaxlog(`${SEND}\n${CALL}\n${V6}\n`);
    expect(log.garbledLines).toEqual([]);
    expect(log.records).toHaveLength(1);
    const r = log.records[0]!;
    expect(r).toMatchObject({ lineNumber: 3, start: { year: 2003, month: 3, day: 31, hour: 16, minute: 58 }, durationSeconds: 161, file: 'fax00012.tif', pages: 2, sender: '+1 415 555 0199' });
    expect(r.line).toBe(V6);
  });

  it('the length of a call is the longer of the transfer and the connection, so the window is never too early', () => {
    const r = parseXferfaxlog(`${V6}\n`).records[0]!;
    expect(r.durationSeconds).toBe(2 * 60 + 41);
  });

  it('reads unquoted fields of older servers and the extra fields of newer ones', () => {
    const log = parseXferfaxlog(`${V41}\n${V7}\n`);
    expect(log.records.map((r) => [r.file, r.pages, r.durationSeconds, r.sender])).toEqual([
      ['fax00013.tif', 1, 72, '+1 415 555 0142'],
      ['fax00014.tif', 3, 3600 + 2 * 60 + 10, 'ACME LEGAL'],
    ]);
  });

  it('reads a log written with Windows line endings', () => {
    const log = parseXferfaxlog(`${SEND}\r\n${V6}\r\n${V41}\r\n`);
    expect(log.records.map((r) => r.file)).toEqual(['fax00012.tif', 'fax00013.tif']);
    expect(log.records[0]!.line).toBe(V6);
  });

  it('a last line still being written (no newline yet) is not used: a cut "0:02:30" would read as two seconds', () => {
    const cut = V6.slice(0, V6.indexOf('0:02:30') + 4);
    const log = parseXferfaxlog(`${V41}\n${cut}`);
    expect(log.pendingLastLine).toBe(true);
    expect(log.records.map((r) => r.file)).toEqual(['fax00013.tif']);
    expect(log.garbledLines).toEqual([]);
  });

  it('skips and counts a garbled line, and a RECV record naming no file, without stopping', () => {
    const noFile = V41.replace('recvq/fax00013.tif', '');
    const badDate = V6.replace('03/31/03 16:58', '13/45/03 16:58');
    const log = parseXferfaxlog(`garbage without tabs\n${noFile}\n${badDate}\n${V7}\n\n`);
    expect(log.garbledLines).toEqual([1, 2, 3]);
    expect(log.records.map((r) => r.file)).toEqual(['fax00014.tif']);
  });

  it('finds the file and the pages-and-times run where a version moved them', () => {
    // One field fewer before the file (no commid), as a hand-trimmed log might have it.
    const shifted = ['03/31/03 16:58', 'RECV', 'ttyS0', 'recvq/fax00020.tif', '', 'fax', '"5550100"', '"TSI"', '4231', '2', '2:30', '2:35', '""'].join(T);
    const r = parseXferfaxlog(`${shifted}\n`).records[0]!;
    expect(r).toMatchObject({ file: 'fax00020.tif', pages: 2, durationSeconds: 155, sender: 'TSI' });
  });

  it('a file name used again is matched to its last record', () => {
    const again = V41.replace('04/01/03 09:05', '04/02/03 11:30').replace('fax00013.tif', 'fax00012.tif');
    const log = parseXferfaxlog(`${V6}\n${again}\n`);
    expect(lastRecordFor(log, 'fax00012.tif')?.start).toEqual({ year: 2003, month: 4, day: 2, hour: 11, minute: 30 });
    expect(lastRecordFor(log, 'fax00099.tif')).toBeNull();
  });

  it('reads the durations HylaFAX writes', () => {
    expect([readDuration('0:02:30'), readDuration('2:30'), readDuration('02:30'), readDuration('1:00:00'), readDuration('95')]).toEqual([150, 150, 150, 3600, 95]);
    expect([readDuration('2:75'), readDuration('soon'), readDuration('')]).toEqual([null, null, null]);
  });

  it('a call logged as starting at 4:58 PM ET and lasting 2 min 30 s was received between 5:00 and 5:02 PM ET, straddling a 5:00 PM expiration', () => {
    const line = V6.replace('0:02:41', '0:02:30');
    const r = parseXferfaxlog(`${line}\n`).records[0]!;
    const receipt = receiptFromServerLog(r.start, r.durationSeconds, 'America/New_York');
    expect(receiptWindowText(receipt, 'America/New_York')).toMatch(/^between 2003-03-31 17:00 .* and 2003-03-31 17:02 /);
    expect(straddlesExpiration(receipt, '2003-03-31T22:00:00.000Z')).toBe(true);
  });
});
