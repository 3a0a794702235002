/**
 * A second event built entirely from data: the 14 January 2025 short-range
 * launch, from four articles and an event file in
 * tests/fixtures/events/2025-01-14/. Its committed reference set is what
 * `build:reference` makes; test pages are checked against it and compared
 * exactly with their expected JSON; the command's errors say what to fix;
 * and the two npm scripts run end to end.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuildReference } from '../../lib/cli/build-reference-command';
import { runCheck } from '../../lib/cli/check-command';

const root = join(import.meta.dirname, '../..');
const here = join(root, 'tests/fixtures/events/2025-01-14');
const articles = join(here, 'articles');
const eventFile = join(here, 'event.json');
const committed = join(here, 'reference.json');
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-event-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const noStdin = async () => Buffer.alloc(0);
const event = () => JSON.parse(readFileSync(eventFile, 'utf8')) as Record<string, any>;

/** An event file in the temporary folder: the real one changed by `change`. */
function eventWith(name: string, change: (e: Record<string, any>) => void): string {
  const e = event();
  change(e);
  const p = join(tmp, name);
  writeFileSync(p, JSON.stringify(e));
  return p;
}

/** A copy of the articles folder, changed by `change`. */
function articlesWith(name: string, change: (dir: string) => void): string {
  const dir = join(tmp, name);
  cpSync(articles, dir, { recursive: true });
  change(dir);
  return dir;
}

const build = (seeds: string, ev: string, out = join(tmp, 'out.json')) => runBuildReference(['--seeds', seeds, '--event', ev, '--out', out]);

describe('the 14 January 2025 reference set', () => {
  it('is what build:reference makes from its articles and event file (rebuild it if this fails)', async () => {
    const out = join(tmp, 'fresh.json');
    const r = await build(articles, eventFile, out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/claims from 4 outlets about North Korea's short-range ballistic missile launch of 14 January 2025/);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(committed, 'utf8'));
  });

  it('carries its own event, outlets and launches', () => {
    const set = JSON.parse(readFileSync(committed, 'utf8'));
    expect(set.version).toBe(2);
    expect(set.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(set.event).toMatchObject({ id: '2025-01-14', date: '2025-01-14', timeZone: 9 });
    expect(set.outlets.map((o: { id: string }) => o.id)).toEqual(['meridian-wire', 'eastbridge', 'han-river-daily', 'newspulse']);
    expect(set.launches.some((l: { id: string }) => l.id === '2025-01-06')).toBe(true);
    // The outlet that differs on a figure: NewsPulse's 300 km against the others' 250 km.
    const distances = set.claims.filter((c: { kind: string }) => c.kind === 'distance').map((c: { outlet: string; value: number }) => `${c.outlet}:${c.value}`);
    expect(distances).toEqual(expect.arrayContaining(['meridian-wire:250', 'eastbridge:250', 'han-river-daily:250', 'newspulse:300']));
  });

  const pages = readdirSync(join(here, 'pages')).filter((f) => !f.endsWith('.expected.json'));
  it('has pages about 14 January and one about 6 January', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });
  for (const page of pages) {
    it(`checks ${page} as its expected JSON says, exactly`, async () => {
      const expected = readFileSync(join(here, 'pages', page.replace(/\.\w+$/, '.expected.json')), 'utf8');
      const r = await runCheck(['--json', '--reference', committed, join(here, 'pages', page)], noStdin);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(expected);
      const out = JSON.parse(r.stdout);
      expect(r.code).toBe(out.claims.some((c: { verdict: string }) => c.verdict === 'contradicted') ? 1 : 0);
    });
  }

  it('reads a 6 January story as about another launch and checks nothing in it', async () => {
    const r = await runCheck(['--json', '--reference', committed, join(here, 'pages/jan6-story.txt')], noStdin);
    expect(JSON.parse(r.stdout)).toMatchObject({ relevant: false, about: '2025-01-06', claims: [] });
  });

  it('names the set’s own event in the text report', async () => {
    const r = await runCheck(['--reference', committed, join(here, 'pages/wire-followup-jan14.txt')], noStdin);
    expect(r.stdout).toMatch(/^Crosscheck: \d+ claims about the 14 January 2025 launch/);
  });
});

describe('build:reference errors', () => {
  /** The command's arguments with an output path added. */
  const withOut = (...args: string[]) => [...args, '--out', join(tmp, 'x.json')];
  it.each<[string, () => string[], RegExp]>([
    ['a missing field', () => withOut('--seeds', articles, '--event', eventWith('no-title.json', (e) => delete e.event.title)), /no-title\.json: event\.title is missing\./],
    ['a missing timeZone', () => withOut('--seeds', articles, '--event', eventWith('no-tz.json', (e) => delete e.event.timeZone)), /event\.timeZone must be a number of hours/],
    ['no outlets', () => withOut('--seeds', articles, '--event', eventWith('no-outlets.json', (e) => delete e.outlets)), /outlets is missing/],
    ['an outlet without a name', () => withOut('--seeds', articles, '--event', eventWith('no-name.json', (e) => delete e.outlets[1].name)), /outlet eastbridge: name is missing/],
    ['a bad date', () => withOut('--seeds', articles, '--event', eventWith('bad-date.json', (e) => (e.event.date = '2025-02-30'))), /event\.date "2025-02-30" is not a YYYY-MM-DD date/],
    ['a bad outlet address', () => withOut('--seeds', articles, '--event', eventWith('bad-url.json', (e) => (e.outlets[0].url = 'meridian wire'))), /outlet meridian-wire: url "meridian wire" is not an http\(s\) address/],
    ['an unknown outlet in front matter', () => withOut('--seeds', articlesWith('unknown-outlet', (d) => writeFileSync(join(d, 'extra.md'), '---\noutlet: daily-planet\n---\nNorth Korea fired missiles.\n')), '--event', eventFile), /extra\.md names outlet daily-planet, which the event file does not list \(known: meridian-wire, eastbridge, han-river-daily, newspulse\)/],
    ['an article no outlet claims', () => withOut('--seeds', articlesWith('stray', (d) => writeFileSync(join(d, 'stray.txt'), 'North Korea fired missiles.')), '--event', eventFile), /stray\.txt is not any outlet's article/],
    ['an outlet with no article', () => withOut('--seeds', articlesWith('missing', (d) => rmSync(join(d, 'han-river-daily.md'))), '--event', eventFile), /outlet han-river-daily has no article in .* \(expected han-river-daily\.md\)/],
    ['an empty folder', () => withOut('--seeds', (mkdirSync(join(tmp, 'empty'), { recursive: true }), join(tmp, 'empty')), '--event', eventFile), /holds no articles \(\.txt, \.md or \.html files\)/],
    ['a folder that is not there', () => withOut('--seeds', join(tmp, 'nowhere'), '--event', eventFile), /cannot read the articles folder .*nowhere: no such file/],
    ['an event file that is not there', () => withOut('--seeds', articles, '--event', join(tmp, 'nope.json')), /cannot read the event file .*nope\.json: no such file/],
    ['malformed JSON', () => withOut('--seeds', articles, '--event', (writeFileSync(join(tmp, 'broken.json'), '{"version": 1, "event": '), join(tmp, 'broken.json'))), /the event file .*broken\.json is not valid JSON/],
    ['a binary article', () => withOut('--seeds', articlesWith('binary', (d) => writeFileSync(join(d, 'meridian-wire.txt'), Buffer.from([0x4e, 0, 0x4b]))), '--event', eventFile), /meridian-wire\.txt looks binary/],
    ['an article not about the event', () => withOut('--seeds', articlesWith('off-topic', (d) => writeFileSync(join(d, 'newspulse-hub.html'), '<p>Markets closed higher in Tokyo on Tuesday.</p>')), '--event', eventFile), /newspulse-hub\.html \(newspulse\) was not recognised as about the event of 2025-01-14/],
    ['half the paths', () => ['--seeds', articles], /--seeds, --event and --out go together \(missing --event, --out\)/],
    ['an unknown argument', () => ['--force'], /unknown argument --force/],
  ])('says what is wrong with %s', async (_name, args, message) => {
    const r = await runBuildReference(args());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n')).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)('says when an article cannot be read', async () => {
    const dir = articlesWith('unreadable', (d) => chmodSync(join(d, 'meridian-wire.txt'), 0o000));
    const r = await build(dir, eventFile);
    expect(r.stderr).toMatch(/cannot read .*meridian-wire\.txt: permission denied/);
  });

  it('says when an article cannot be read (a link to nowhere)', async () => {
    const dir = articlesWith('dangling', (d) => {
      rmSync(join(d, 'meridian-wire.txt'));
      symlinkSync(join(tmp, 'gone.txt'), join(d, 'meridian-wire.txt'));
    });
    const r = await build(dir, eventFile);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read .*meridian-wire\.txt: no such file/);
  });

  it('says when an article is a folder, not a file (unreadable as an article)', async () => {
    const dir = articlesWith('folder-article', (d) => mkdirSync(join(d, 'notes.txt')));
    const r = await build(dir, eventFile);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/notes\.txt is not a file/);
  });

  it('ties an article to its outlet by front matter too, and keeps its offsets', async () => {
    const dir = articlesWith('front-matter', (d) => {
      const text = readFileSync(join(d, 'han-river-daily.md'), 'utf8');
      rmSync(join(d, 'han-river-daily.md'));
      writeFileSync(join(d, 'paper.md'), `---\noutlet: han-river-daily\n---\n${text}`);
    });
    const out = join(tmp, 'front.json');
    const r = await build(dir, eventWith('no-file.json', (e) => delete e.outlets[2].file), out);
    expect(r.stderr).toBe('');
    const set = JSON.parse(readFileSync(out, 'utf8'));
    const paper = readFileSync(join(dir, 'paper.md'), 'utf8');
    const claims = set.claims.filter((c: { outlet: string }) => c.outlet === 'han-river-daily');
    expect(claims.length).toBeGreaterThan(5);
    for (const c of claims) expect(paper.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('check with several reference sets', () => {
  const bundled = join(root, 'reference-data/reference.json');
  const twoLaunches = () => {
    const p = join(tmp, 'two-launches.txt');
    writeFileSync(
      p,
      "North Korea fires short-range missiles a week after its hypersonic test\n\nSEOUL, Jan. 14 - North Korea fired several short-range ballistic missiles on Tuesday from the Kanggye area of Jagang Province, South Korea's Joint Chiefs of Staff said. They flew about 250 km into the East Sea.\n\nOn January 6, North Korea launched a ballistic missile that flew about 1,100 km, according to South Korea's military, while Antony Blinken was visiting Seoul.\n",
    );
    return p;
  };

  it('checks each passage against the event it speaks of, and says which in the JSON', async () => {
    const r = await runCheck(['--json', '--reference', bundled, '--reference', committed, twoLaunches()], noStdin);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { about: string; claims: { text: string; event: string; verdict: string }[] };
    expect(out.about).toBe('2025-01-14');
    expect(out.claims.find((c) => c.text === '250 km')).toMatchObject({ event: '2025-01-14', verdict: 'supported' });
    expect(out.claims.find((c) => c.text === '1,100 km')).toMatchObject({ event: '2025-01-06', verdict: 'supported' });
    expect(out.claims.every((c) => c.event === '2025-01-06' || c.event === '2025-01-14')).toBe(true);
  });

  it('names both events in the text report, and each claim’s', async () => {
    const r = await runCheck(['--reference', bundled, '--reference', committed, twoLaunches()], noStdin);
    expect(r.stdout).toMatch(/^Crosscheck: \d+ claims about the 6 January 2025 and 14 January 2025 launches: /);
    expect(r.stdout).not.toMatch(/in passing/);
    expect(r.stdout).toMatch(/"250 km"[^\n]*\n  the text says: [^\n]*\n  checked against: North Korea's short-range ballistic missile launch of 14 January 2025/);
  });

  it('refuses two sets about one event', async () => {
    const r = await runCheck(['--reference', committed, '--reference', committed, twoLaunches()], noStdin);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/two reference sets about the event of 2025-01-14; give one set per event/);
  });
});

describe('check --reference errors', () => {
  const page = join(here, 'pages/wire-followup-jan14.txt');
  it.each<[string, () => string, RegExp]>([
    ['a missing file', () => join(tmp, 'absent.json'), /cannot read the reference set at .*absent\.json: no such file\.$/],
    ['malformed JSON', () => (writeFileSync(join(tmp, 'half.json'), '{"version": 2,'), join(tmp, 'half.json')), /the reference set at .*half\.json is not valid JSON/],
    ['an invalid set', () => (writeFileSync(join(tmp, 'v1.json'), JSON.stringify({ ...JSON.parse(readFileSync(committed, 'utf8')), version: 1 })), join(tmp, 'v1.json')), /v1\.json: Reference data is unusable: version 1 is not the version this build reads \(2\)\./],
    ['an event file instead of a set', () => eventFile, /event\.json: Reference data is unusable: version 1 is not the version this build reads \(2\)\./],
  ])('refuses %s with one line', async (_name, path, message) => {
    const r = await runCheck(['--reference', path(), page], noStdin);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n')).toHaveLength(1);
  });
});

describe('the npm scripts, end to end', () => {
  it('builds a reference set and checks a page against it', () => {
    const out = join(tmp, 'e2e', 'set.json');
    const built = spawnSync('npm', ['run', '--silent', 'build:reference', '--', '--seeds', articles, '--event', eventFile, '--out', out], { cwd: root, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(committed, 'utf8'));
    const checked = spawnSync('npm', ['run', '--silent', 'check', '--', '--json', '--reference', out, join(here, 'pages/draft-errors-jan14.md')], { cwd: root, encoding: 'utf8' });
    expect(checked.status).toBe(1);
    expect(checked.stdout).toBe(readFileSync(join(here, 'pages/draft-errors-jan14.expected.json'), 'utf8'));
    const bad = spawnSync('npm', ['run', '--silent', 'check', '--', '--reference', join(tmp, 'absent.json'), join(here, 'pages/draft-errors-jan14.md')], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n').filter((l) => !l.includes('npm warn'))).toHaveLength(1);
  });
});
