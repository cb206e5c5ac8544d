// Reads the SARIF file written by @doyensec/electronegativity and decides whether the build passes.
// The scanner itself always exits 0, findings or not; this gate fails on any finding of level
// "warning" or "error" that is not a reviewed exception in scripts/electronegativity-exceptions.json,
// and on a SARIF file that is missing or not from the scanner (a scan that did not run is not a pass).
//   usage: tsx scripts/security-gate.ts <report.sarif> <exceptions.json>
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

interface SarifResult {
  ruleId: string;
  level?: string;
  message: { text: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[];
}
interface Sarif {
  runs?: { tool?: { driver?: { name?: string; version?: string } }; results?: SarifResult[] }[];
}
interface Exception {
  ruleId: string;
  file: string;
  lineContains: string;
  level: string;
  justification: string;
}

const [sarifPath, exceptionsPath] = process.argv.slice(2);
if (sarifPath === undefined || exceptionsPath === undefined) {
  console.error('usage: tsx scripts/security-gate.ts <report.sarif> <exceptions.json>');
  process.exit(2);
}

function fail(message: string): never {
  console.error(`security gate: FAIL - ${message}`);
  process.exit(1);
}

let sarif: Sarif;
try {
  sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as Sarif;
} catch (e) {
  fail(`no readable SARIF report at ${sarifPath} (${e instanceof Error ? e.message : String(e)}): the scan did not run`);
}
const run = sarif.runs?.[0];
if (run?.tool?.driver?.name !== 'Electronegativity') fail(`${sarifPath} is not an Electronegativity report`);
const exceptions = (JSON.parse(readFileSync(exceptionsPath, 'utf8')) as { exceptions: Exception[] }).exceptions;

const root = process.cwd();
const used = new Set<Exception>();
const blocking: string[] = [];

for (const result of run.results ?? []) {
  const location = result.locations?.[0]?.physicalLocation;
  const file = location?.artifactLocation?.uri === undefined ? 'N/A' : relative(root, resolve(location.artifactLocation.uri));
  const line = location?.region?.startLine ?? 0;
  let source = '';
  try {
    source = readFileSync(resolve(root, file), 'utf8').split('\n')[line - 1] ?? '';
  } catch {
    // A finding without a readable file (e.g. "no CSP at all") can only match no exception.
  }
  const level = result.level ?? 'warning';
  const exception = exceptions.find(
    (x) => x.ruleId === result.ruleId && x.file === file && x.level === level && source.includes(x.lineContains),
  );
  const where = `${result.ruleId} (${level}) at ${file}:${line} - ${result.message.text}`;
  if (exception !== undefined) {
    used.add(exception);
    console.log(`reviewed   ${where}`);
  } else if (level === 'warning' || level === 'error') {
    blocking.push(where);
    console.log(`BLOCKING   ${where}`);
  } else {
    console.log(`note       ${where}`);
  }
}
for (const x of exceptions) {
  if (!used.has(x)) console.log(`(the exception for ${x.ruleId} in ${x.file} matched nothing this time; remove it if it is obsolete)`);
}
const version = run.tool?.driver?.version ?? '?';
if (blocking.length > 0) fail(`${blocking.length} unreviewed finding(s) of level warning/error from Electronegativity ${version}`);
console.log(`security gate: PASS - Electronegativity ${version}: ${run.results?.length ?? 0} finding(s), none blocking`);
