/** The `check` command: options, file types, exit codes, and its JSON shape. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../lib/cli/check-command';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const noStdin = async () => Buffer.alloc(0);
const seed = join(root, 'seeds/003_7a91261208e939d9.txt');

describe('check command', () => {
  it('prints the JSON shape with offsets into the file', async () => {
    const text = 'North Korea fired a ballistic missile on January 6, 2025 as Blinken visited Seoul. It flew approximately 1,100 kilometers.';
    const r = await runCheck(['--json', file('draft.txt', text)], noStdin);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.relevant).toBe(true);
    const d = out.claims.find((c: { kind: string }) => c.kind === 'distance');
    expect(d).toMatchObject({ kind: 'distance', text: '1,100 kilometers', value: 1100, qualifier: 'approximately', attribution: null, verdict: 'supported', counts: { agree: 4, differ: 1 } });
    expect(text.slice(d.start, d.end)).toBe('1,100 kilometers');
    expect(Object.keys(out).sort()).toEqual(['about', 'claims', 'mentions', 'relevant']);
    expect(out.about).toBe('2025-01-06');
    expect(Object.keys(d).sort()).toEqual(['attribution', 'counts', 'end', 'kind', 'notes', 'outlets', 'qualifier', 'start', 'text', 'value', 'verdict']);
    expect(Object.keys(d.outlets[0]).sort()).toEqual(expect.arrayContaining(['outlet', 'quote', 'stance', 'value']));
  });

  it('exits 1 when a claim is contradicted, and leaves out the named outlet', async () => {
    const r = await runCheck(['--json', '--outlet', 'sunford-express', seed], noStdin);
    expect(r.code).toBe(1);
    const claims = JSON.parse(r.stdout).claims as { outlets: { outlet: string }[] }[];
    expect(claims.flatMap((c) => c.outlets.map((o) => o.outlet))).not.toContain('sunford-express');
  });

  it('knows a seed by its address', async () => {
    const r = await runCheck(['--json', '--url', 'https://www.sunfordexpress.com/2025/01/north-korea-conducts-mid-range-missile.html', seed], noStdin);
    const claims = JSON.parse(r.stdout).claims as { outlets: { outlet: string }[] }[];
    expect(claims.flatMap((c) => c.outlets.map((o) => o.outlet))).not.toContain('sunford-express');
  });

  it('reads HTML as its article text, leaving out navigation and asides', async () => {
    const html = `<!doctype html><html><body><nav>Missile flew 5,000 km in 2017</nav><article><h1>North Korea fires hypersonic missile as Blinken visits Seoul</h1>
      <p>The missile flew about 1,100 km on January 6, 2025, the military said.</p><script>document.title = "x 9,999 km"</script></article>
      <aside class="related">Oct. 31, 2024: an ICBM flew 1,001 km</aside><footer>12 Main St</footer></body></html>`;
    const r = await runCheck(['--json', file('page.html', html)], noStdin);
    const out = JSON.parse(r.stdout);
    expect(out.relevant).toBe(true);
    expect(out.claims.filter((c: { kind: string }) => c.kind === 'distance').map((c: { value: number }) => c.value)).toEqual([1100]);
  });

  it('reads standard input', async () => {
    const r = await runCheck(['--json', '-'], async () => Buffer.from('North Korea launched a missile on Monday, January 6, 2025, during the Blinken visit; it flew 800 km.'));
    expect(r.code).toBe(1);
  });

  it('prints a readable report by default', async () => {
    const r = await runCheck([seed], noStdin);
    expect(r.stdout).toMatch(/^Crosscheck: \d+ claims about the 6 January 2025 launch/);
    expect(r.stdout).toMatch(/differs: DW \(Deutsche Welle\): 1,100 km/);
  });

  it('says when a text is not about the launch', async () => {
    const r = await runCheck(['--json', file('other.txt', 'The relay team ran 1,100 km in 12 days, finishing on January 6.')], noStdin);
    expect(JSON.parse(r.stdout)).toEqual({ relevant: false, about: null, mentions: [], claims: [] });
    expect(r.code).toBe(0);
  });

  it.each([
    [['--bogus', seed], /unknown option --bogus/],
    [[], /no file given/],
    [[join(dir, 'missing.txt')], /no such file/],
    [['--outlet', 'cnn', seed], /unknown outlet cnn/],
    [['--outlet'], /needs a value/],
    [['--url', 'not a url', seed], /not an absolute address/],
    [[join(root, 'package.json')], /unsupported file type/],
    [[dir + '/'], /unsupported file type|not a file/],
  ])('exits 2 on bad input %j', async (args, message) => {
    const r = await runCheck(args as string[], noStdin);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n')).toHaveLength(1);
  });

  it('refuses a binary file', async () => {
    const r = await runCheck([file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))], noStdin);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/binary/);
  });

  it('refuses corrupt reference data with a clear message', async () => {
    const r = await runCheck([seed], noStdin, file('bad-reference.json', JSON.stringify({ ...JSON.parse(readFileSync(join(root, 'reference-data/reference.json'), 'utf8')), outlets: [] })));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Reference data is unusable: it lists no outlets/);
  });

  it('runs as the npm script with exit status and one-line errors', () => {
    const r = spawnSync('npm', ['run', '--silent', 'check', '--', '--json', '--nope'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n').filter((l) => !l.includes('npm warn'))).toHaveLength(1);
  });
});
