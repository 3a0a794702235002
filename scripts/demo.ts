/**
 * `npm start`: the main job. Builds the extension for Chrome and Firefox, then
 * shows the engine at work: a seed article checked against the other four
 * outlets, as a newsroom would check a draft.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCheck } from '../lib/cli/check-command';

const root = join(import.meta.dirname, '..');
for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox', '--mv3']]) {
  const r = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`npx ${args.join(' ')} failed`);
    process.exit(1);
  }
}
console.log('\nBuilt .output/chrome-mv3 and .output/firefox-mv3: load either unpacked in the browser.\n');
console.log('Checking Hindustan Dot\'s article against the other four outlets (npm run --silent check -- --outlet hindustan-dot seeds/004_6bbcbcdbbaa050c5.txt):\n');
const r = await runCheck(['--outlet', 'hindustan-dot', join(root, 'seeds/004_6bbcbcdbbaa050c5.txt')], async () => Buffer.alloc(0));
process.stdout.write(r.stdout);
if (r.code === 2) {
  console.error(r.stderr);
  process.exit(1);
}
