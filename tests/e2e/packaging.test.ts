/**
 * Packaging: the built manifests ask for the least permissions (README,
 * "Permissions"), the content script that runs on every page stays small,
 * and `web-ext lint` finds no errors in the Firefox build.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { root } from './harness';

const manifest = (dir: string) => JSON.parse(readFileSync(join(root, '.output', dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

it('chrome-mv3 asks only for storage, contextMenus and sidePanel, with no host permissions beyond its content script', () => {
  const m = manifest('chrome-mv3');
  expect(m.permissions).toEqual(['storage', 'contextMenus', 'sidePanel']);
  expect(m.host_permissions).toBeUndefined();
  expect(m.optional_permissions).toBeUndefined();
  // Only the checker is web-accessible (for the content script's dynamic import), and only under
  // Chrome's per-session address.
  expect(m.web_accessible_resources).toEqual([{ resources: ['session.js'], matches: ['http://*/*', 'https://*/*', 'file:///*'], use_dynamic_url: true }]);
  expect(m.content_security_policy).toBeUndefined();
  // One content script, in every frame of http(s) and file pages (README, "Frames").
  const scripts = m.content_scripts as { matches: string[]; all_frames?: boolean }[];
  expect(scripts).toHaveLength(1);
  expect(scripts[0]!.matches.sort()).toEqual(['file:///*', 'http://*/*', 'https://*/*']);
  expect(scripts[0]!.all_frames).toBe(true);
});

/** The content script's gzipped size must stay at or under this (issue: invisible until it matters). */
const CONTENT_SCRIPT_BUDGET = 40 * 1024;

it.each(['chrome-mv3', 'firefox-mv3'])('%s: the content script is at most 40 KB gzipped; the checker and card load separately', (dir) => {
  const m = manifest(dir) as { content_scripts: { js: string[] }[] };
  const files = m.content_scripts.flatMap((c) => c.js);
  expect(files).toEqual(['content-scripts/content.js']);
  const gz = gzipSync(readFileSync(join(root, '.output', dir, files[0]!)), { level: 9 }).length;
  console.log(`${dir}: content script ${(gz / 1024).toFixed(1)} KB gzipped (budget ${CONTENT_SCRIPT_BUDGET / 1024} KB)`);
  expect(gz).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  // The engine, the reference set and the card (Preact) are not in it: they are in session.js.
  const code = readFileSync(join(root, '.output', dir, files[0]!), 'utf8');
  const session = readFileSync(join(root, '.output', dir, 'session.js'), 'utf8');
  for (const marker of ['cc-card', 'sunford-express', 'Sea of Japan']) {
    expect(code).not.toContain(marker);
    expect(session).toContain(marker);
  }
  // The benchmark's User Timing measures (lib/page/bench-marks.ts) exist only in bench builds.
  for (const shipped of [code, session]) {
    expect(shipped).not.toContain('crosscheck:');
    expect(shipped).not.toContain('performance.measure');
  }
});

it('firefox-mv3 asks only for storage and contextMenus, declares no data collection, and has a sidebar', () => {
  const m = manifest('firefox-mv3');
  expect(m.permissions).toEqual(['storage', 'contextMenus']);
  expect(m.host_permissions).toBeUndefined();
  expect((m.browser_specific_settings as { gecko: { data_collection_permissions: unknown } }).gecko.data_collection_permissions).toEqual({ required: ['none'] });
  expect(m.sidebar_action).toBeDefined();
});

it.each(['chrome-mv3', 'firefox-mv3'])('%s: commands, an options page, and icons at every size', (dir) => {
  const m = manifest(dir) as { commands: Record<string, { suggested_key?: { default: string } }>; icons: Record<string, string>; options_ui?: { page: string } };
  expect(Object.keys(m.commands).sort()).toEqual(['next-attention', 'open-side-panel', 'previous-attention']);
  for (const c of Object.values(m.commands)) expect(c.suggested_key?.default).toMatch(/^Alt\+Shift\+/);
  expect(Object.keys(m.icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '96', '128']);
  for (const [size, file] of Object.entries(m.icons)) {
    // A PNG of that size: width and height from its IHDR chunk.
    const png = readFileSync(join(root, '.output', dir, file));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
  }
  expect(m.options_ui?.page).toBe('options.html');
});

it('web-ext lint reports no errors on the Firefox build', () => {
  const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', join(root, '.output/firefox-mv3'), '--output', 'json', '--no-config-discovery'], { cwd: root, encoding: 'utf8' });
  const start = r.stdout.indexOf('{');
  const report = JSON.parse(r.stdout.slice(start)) as { errors: { code: string; message: string }[]; warnings: { code: string; file: string }[] };
  expect(report.errors).toEqual([]);
  // The only warnings allowed are Preact's own innerHTML code path (our code never uses it).
  expect(report.warnings.filter((w) => w.code !== 'UNSAFE_VAR_ASSIGNMENT')).toEqual([]);
}, 120_000);
