/**
 * The draft control in Chromium, on CMS forms whose fields are stacked 4 px
 * apart (narrow fields with room beside them, and fields as wide as the
 * column): the control sits at the corner of the editor being typed in and,
 * closed or open, never covers another field (bounding boxes compared with
 * every other field's); its list puts the issues first with the outlets'
 * values; an issue can be dismissed, the draft marked checked, the list
 * closed; the editor's value stays exactly what was typed.
 */
import type { Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, root, serve, until, type Launched } from './harness';

const SHOTS = process.env.CROSSCHECK_SCREENSHOTS === '1';
import { FORM_CSS, SITE_CSS, formPage } from './pages';

let server: Server;
let base: string;
let b: Launched;

beforeAll(async () => {
  ({ server, base } = await serve({
    '/site.css': { body: SITE_CSS, type: 'text/css' },
    '/form.css': { body: FORM_CSS, type: 'text/css' },
    '/form': { body: formPage(false) },
    '/form-wide': { body: formPage(true) },
  }));
  b = await launchChromium();
});

afterAll(async () => {
  await b?.context.close();
  server?.close();
});

interface Box {
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlap = (a: Box, c: Box) => a.left < c.right && c.left < a.right && a.top < c.bottom && c.top < a.bottom;

/** Every form field's box, by id (or tag). */
const fieldBoxes = (page: Page): Promise<Box[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('form input, form textarea, form select, form button')].map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.id || el.tagName.toLowerCase(), left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );

/** The box of an element in the extension's overlay, or null. */
const overlayBox = (page: Page, selector: string): Promise<Box | null> =>
  page.evaluate((sel) => {
    const el = document.querySelector('crosscheck-ui')?.shadowRoot?.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { id: sel, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }, selector);

const DRAFT = 'North Korea launched a hypersonic missile on January 6, 2025. It flew 300 km and landed in the Yellow Sea at 10 a.m., the Joint Chiefs of Staff said.';

for (const path of ['/form', '/form-wide']) {
  describe(`a form with fields stacked 4 px apart (${path})`, () => {
    it('the control at the editor\'s corner and its open list cover no other field; issues first, with the outlets\' values; dismiss, mark checked, close', async () => {
      const page = await b.context.newPage();
      await page.goto(`${base}${path}`);
      await page.click('#body');
      await page.keyboard.insertText(DRAFT);
      const toggle = page.locator('crosscheck-ui .cc-draft-toggle');
      await toggle.waitFor({ timeout: 10_000 });
      const fields = await fieldBoxes(page);
      const editor = fields.find((f) => f.id === 'body')!;
      const others = fields.filter((f) => f.id !== 'body');
      expect(others.length).toBeGreaterThanOrEqual(7);
      const vw = await page.evaluate(() => [innerWidth, innerHeight]);

      const check = (box: Box, what: string) => {
        for (const f of others) expect(overlap(box, f), `${what} overlaps #${f.id}`).toBe(false);
        expect(box.left >= 0 && box.top >= 0 && box.right <= vw[0]! && box.bottom <= vw[1]!, `${what} in the viewport`).toBe(true);
      };
      // Closed: inside the editor's bottom-right corner.
      expect(await axeViolations(page, 'crosscheck-ui')).toEqual([]);
      const closed = (await overlayBox(page, '.cc-draft-toggle'))!;
      check(closed, 'the closed control');
      expect(closed.right).toBeLessThanOrEqual(editor.right);
      expect(closed.bottom).toBeLessThanOrEqual(editor.bottom);
      expect(closed.right).toBeGreaterThan(editor.right - 20);
      expect(closed.bottom).toBeGreaterThan(editor.bottom - 20);
      const label = (await toggle.textContent())!;
      const n = Number(/(\d+) to check/.exec(label)?.[1]);
      expect(n).toBeGreaterThanOrEqual(3);

      // Open: beside the editor where there is room, else inside it; never over another field.
      await toggle.click();
      const list = page.locator('crosscheck-ui .cc-draft-list');
      await list.waitFor();
      check((await overlayBox(page, '.cc-draft-list'))!, 'the open list');
      check((await overlayBox(page, '.cc-draft-toggle'))!, 'the control while open');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await axeViolations(page, 'crosscheck-ui')).toEqual([]);
      if (SHOTS && path === '/form') {
        mkdirSync(join(root, 'docs'), { recursive: true });
        await page.screenshot({ path: join(root, 'docs', 'draft-control.png') });
      }
      // Issues first: contradicted, then disputed, then unverified; no supported claim listed.
      const verdicts = await list.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-verdict')));
      expect(verdicts).toHaveLength(n);
      expect(verdicts[0]).toBe('contradicted');
      const order = ['contradicted', 'disputed', 'unverified'];
      expect([...verdicts].sort((a, c) => order.indexOf(a!) - order.indexOf(c!))).toEqual(verdicts);
      expect(verdicts).not.toContain('supported');
      const first = list.locator('li').first();
      expect(await first.textContent()).toMatch(/\d+ of \d+ outlets? agrees?/);
      expect(await first.locator('.cc-draft-values').textContent()).toMatch(/^Outlets: .*\d/);

      // Dismiss the first issue: one fewer to check.
      const dismissed = (await first.locator('.cc-linklike').first().textContent())!;
      await first.getByRole('button', { name: /^Dismiss/ }).click();
      await until(async () => (await list.locator('li').count()) === n - 1, 'one issue dismissed');
      expect(await list.textContent()).not.toContain(dismissed);
      expect(await toggle.textContent()).toMatch(new RegExp(`: ${n - 1} to check`));
      // Close, reopen, mark the draft checked.
      await list.getByRole('button', { name: 'Close' }).click();
      await list.waitFor({ state: 'detached' });
      await toggle.click();
      await list.getByRole('button', { name: 'Mark draft checked' }).click();
      await list.waitFor({ state: 'detached' });
      expect(await toggle.textContent()).toMatch(/: ✓ checked/);
      check((await overlayBox(page, '.cc-draft-toggle'))!, 'the checked control');
      // Nothing was written to the editor.
      expect(await page.inputValue('#body')).toBe(DRAFT);
      await page.close();
    });
  });
}
