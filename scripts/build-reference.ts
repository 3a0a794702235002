/**
 * `npm run build:reference [-- --seeds DIR --event FILE --out FILE]`: builds a
 * reference set from a folder of articles and an event file. With no
 * arguments, rebuilds the bundled set (seeds/, reference-data/event.json,
 * reference-data/overrides.json → reference-data/reference.json).
 */
import { runBuildReference } from '../lib/cli/build-reference-command';

const { code, stdout, stderr } = await runBuildReference(process.argv.slice(2));
if (stdout) process.stdout.write(stdout);
if (stderr) process.stderr.write(`${stderr}\n`);
process.exitCode = code;
