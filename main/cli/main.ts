// Entry point of `npm run -s desk -- <command>`: the real clock, environment and streams.
import { systemClock } from '../services/clock';
import { run } from './run';

process.exitCode = run(process.argv.slice(2), {
  clock: systemClock,
  env: process.env,
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
});
