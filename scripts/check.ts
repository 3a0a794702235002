/**
 * `npm run --silent check -- [--json] [--reference FILE] [--url URL | --outlet ID] FILE`
 * Checks a draft or a saved page against the reference set (the bundled one,
 * or FILE from `npm run build:reference`). FILE is .txt,
 * .md, .html or - (standard input). Exit 0: nothing contradicted; 1: a claim
 * is contradicted; 2: bad input, with a one-line reason on standard error.
 */
import { runCheck } from '../lib/cli/check-command';

const { code, stdout, stderr } = await runCheck(process.argv.slice(2), async () => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
});
if (stdout) process.stdout.write(stdout);
if (stderr) process.stderr.write(`${stderr}\n`);
process.exitCode = code;
