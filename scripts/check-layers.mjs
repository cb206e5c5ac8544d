// Checks the layer map in .dependency-cruiser.cjs over main/ and renderer/ (run by `npm test`).
// It calls dependency-cruiser's API rather than its CLI because the CLI refuses to start on
// Node 20 (it asks for Node >= 22), while the API it wraps runs fine here; offline, ~3 s.
// Usage: node scripts/check-layers.mjs [--base DIR] [paths…]   (default: main renderer/src)
//   --base DIR checks a tree laid out like this repository's (DIR/main/core/…) with the same
//   rules: test/integration/layers.test.ts uses it to prove a forbidden import fails.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cruise, format } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const config = require(resolve(root, '.dependency-cruiser.cjs'));
const args = process.argv.slice(2);
const baseAt = args.indexOf('--base');
const baseDir = baseAt >= 0 ? resolve(args.splice(baseAt, 2)[1] ?? '.') : root;
const targets = args.length > 0 ? args : ['main', 'renderer/src'];

const options = { ...config.options, baseDir, validate: true, ruleSet: { forbidden: config.forbidden } };
const result = await cruise(targets, options, {}, { tsConfig: extractTSConfig(config.options.tsConfig.fileName) });
const { output, exitCode } = await format(result.output, { outputType: 'err-long' });
process.stdout.write(output);
const { summary } = result.output;
if (summary.totalCruised < 50 && baseDir === root) {
  // A resolver that silently finds nothing would pass every rule: refuse a suspiciously small graph.
  console.error(`layer check: only ${summary.totalCruised} modules cruised; the resolver is misconfigured`);
  process.exit(2);
}
console.log(`layer check: ${summary.totalCruised} modules, ${summary.totalDependenciesCruised} dependencies, ${summary.error} violations`);
process.exit(exitCode === 0 && summary.error === 0 ? 0 : 1);
