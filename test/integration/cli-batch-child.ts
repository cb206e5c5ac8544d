// Runs several `offer-desk` commands in this one process (the real clock, the given environment)
// and prints each one's exit code and output as JSON: what damage-helpers.ts's cliChild runs as
// another user or under a file-size limit, one process for a whole test rather than one a command.
import { run } from '../../main/cli/run';
import { systemClock } from '../../main/services/clock';

const commands = JSON.parse(process.argv[2] ?? '[]') as string[][];
const results = commands.map((argv) => {
  let stdout = '';
  let stderr = '';
  const code = run(argv, {
    clock: systemClock,
    env: process.env,
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
});
process.stdout.write(JSON.stringify(results));
