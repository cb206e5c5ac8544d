// Entry point of `npm run -s desk -- <command>`: the real clock, environment and streams.
import { systemClock } from '../services/clock';
import { runCli } from './run-cli';

void runCli(process.argv.slice(2), {
  clock: systemClock,
  env: process.env,
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
}).then((code) => {
  process.exitCode = code;
});
