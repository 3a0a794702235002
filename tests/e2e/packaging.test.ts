/**
 * Packaging: the built manifests ask for the least permissions (README,
 * "Permissions"), and `web-ext lint` finds no errors in the Firefox build.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { root } from './harness';

const manifest = (dir: string) => JSON.parse(readFileSync(join(root, '.output', dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

it('chrome-mv3 asks only for storage and sidePanel, with no host permissions beyond its content script', () => {
  const m = manifest('chrome-mv3');
  expect(m.permissions).toEqual(['storage', 'sidePanel']);
  expect(m.host_permissions).toBeUndefined();
  expect(m.optional_permissions).toBeUndefined();
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.content_security_policy).toBeUndefined();
  // One content script, in every frame of http(s) and file pages (README, "Frames").
  const scripts = m.content_scripts as { matches: string[]; all_frames?: boolean }[];
  expect(scripts).toHaveLength(1);
  expect(scripts[0]!.matches.sort()).toEqual(['file:///*', 'http://*/*', 'https://*/*']);
  expect(scripts[0]!.all_frames).toBe(true);
});

it('firefox-mv3 asks only for storage, declares no data collection, and has a sidebar', () => {
  const m = manifest('firefox-mv3');
  expect(m.permissions).toEqual(['storage']);
  expect(m.host_permissions).toBeUndefined();
  expect((m.browser_specific_settings as { gecko: { data_collection_permissions: unknown } }).gecko.data_collection_permissions).toEqual({ required: ['none'] });
  expect(m.sidebar_action).toBeDefined();
});

it('web-ext lint reports no errors on the Firefox build', () => {
  const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', join(root, '.output/firefox-mv3'), '--output', 'json', '--no-config-discovery'], { cwd: root, encoding: 'utf8' });
  const start = r.stdout.indexOf('{');
  const report = JSON.parse(r.stdout.slice(start)) as { errors: { code: string; message: string }[]; warnings: { code: string; file: string }[] };
  expect(report.errors).toEqual([]);
  // The only warnings allowed are Preact's own innerHTML code path (our code never uses it).
  expect(report.warnings.filter((w) => w.code !== 'UNSAFE_VAR_ASSIGNMENT')).toEqual([]);
}, 120_000);
