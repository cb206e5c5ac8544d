// The command line's entry: every command runs through `run` (synchronous, as the tests drive it),
// except `inbox`, which waits for each fax's code to be read in a worker and so runs as a promise.
// Its desk is opened as `run` opens one: the operator named (or the OS account), the key beside the
// ledger, refused on a ledger that may only be read.
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { inputs } from '../ipc/contract';
import { keyFileFor } from '../services/data-dir';
import { openDesk } from '../services/desk';
import { parseOrRefuse } from '../services/parse-input';
import { FileKeyProvider } from '../services/shell-support';
import { runInbox } from './inbox';
import { OPTIONS, reportFailure, run, type CliIo } from './run';

function usage(io: CliIo, message: string): number {
  io.err(`offer-desk: ${message} (see offer-desk --help)\n`);
  return 2;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch {
    return run(argv, io); // it says what is wrong with the arguments
  }
  const { values, positionals } = parsed;
  const [command, ledgerPath, ...rest] = positionals;
  if (command !== 'inbox' || values.help === true) return run(argv, io);
  if (!ledgerPath) return usage(io, 'inbox: missing LEDGER');
  if (rest.length > 0) return usage(io, `inbox: unexpected ${rest.join(' ')}`);
  if (typeof values.dir !== 'string' || values.dir.trim() === '') return usage(io, 'missing --dir');
  try {
    const { operator } = parseOrRefuse(inputs['session:setOperator'], { operator: values.operator ?? userInfo().username }, '--operator');
    const desk = openDesk({ ledgerPath, keyProvider: new FileKeyProvider(keyFileFor(ledgerPath, io.env)), clock: io.clock, operator });
    try {
      desk.assertWritable();
      return await runInbox(desk, { dir: values.dir, xferfaxlog: values.xferfaxlog ?? null, serverZone: values['server-zone'] ?? null, json: values.json === true }, io);
    } finally {
      desk.close();
    }
  } catch (thrown: unknown) {
    return reportFailure(thrown, io);
  }
}
