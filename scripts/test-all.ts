/**
 * `npm test`: every test suite, one after another, then one plain line
 * `N passed, N failed` that CI reads. Unit tests always run; the browser
 * suites run when their config exists (they need a build and Chromium).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'crosscheck-tests-'));
let passed = 0;
let failed = 0;
let broken = false;

function run(cmd: string, args: string[]): number {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

function vitest(name: string, config: string): void {
  const report = join(out, `${name}.json`);
  const code = run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    console.error(`${name}: the test run produced no report (exit ${code})`);
    broken = true;
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number; success: boolean };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A suite that fails to load has no failed test but is not a success.
  if (!r.success && r.numFailedTests === 0) {
    console.error(`${name}: a test file failed to load`);
    failed += 1;
  }
}

if (run('npx', ['tsc', '--noEmit', '-p', '.']) !== 0) {
  console.error('typecheck failed');
  failed += 1;
}
vitest('unit', 'vitest.config.ts');
if (existsSync(join(root, 'vitest.e2e.config.ts'))) {
  if (run('npx', ['wxt', 'build']) !== 0 || run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3']) !== 0) {
    console.error('extension build failed');
    broken = true;
  } else vitest('e2e', 'vitest.e2e.config.ts');
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || broken ? 1 : 0;
