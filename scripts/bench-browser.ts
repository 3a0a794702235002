/**
 * `npm run bench:browser [-- --sizes 100000,1000000,5000000 --reps N]`:
 * Crosscheck in a real page. Builds the extension in bench mode (`wxt build
 * --mode bench`, whose content script records User Timing measures
 * `crosscheck:gate/read/check/highlight/scan`, see lib/page/bench-marks.ts),
 * serves generated pages (scripts/bench-pages.ts: a relevant article and an
 * unrelated one, ~100 KB, 1 MB and 5 MB of visible text) from 127.0.0.1 and
 * loads each in headless Chromium, a fresh page per repetition. It reads the
 * measures from the page's main world (the content script's isolated world
 * shares the document's performance timeline) and prints, side by side:
 * - floor: one TreeWalker pass over the body's text nodes, summing their
 *   lengths, timed in the page as the first script to read a fresh load (in
 *   the browser without the extension), as the gate is; and, for context,
 *   the warm floor: the mean of back-to-back passes over a page already read;
 * - gate: `crosscheck:gate` (the first evaluation: the cheap "is this page
 *   about the launch" test);
 * - full: `crosscheck:scan` busyMs (work, the slices' own durations) and
 *   duration (wall clock, from the scan's start to highlights applied);
 * - highlight: `crosscheck:highlight` work (its busyMs: claims' offsets to
 *   Ranges, registered in CSS.highlights, without the page's turns between
 *   slices);
 * - mark.js: the same spans (Crosscheck's highlighted Ranges turned into
 *   mark.js `markRanges` offsets in the <article>'s text) marked by mark.js
 *   in a fresh load of the page in a browser without the extension, so
 *   Crosscheck's work does not interfere; the marked text is checked against
 *   the highlighted text.
 * On the largest relevant page it also reports the longest task (longtask
 * observer registered before navigation; median over the loads) that ends
 * after the content script's first gate began, the page's own longest task
 * without the extension, and JS heap used (CDP, after a forced GC) with and
 * without the extension. The warm floor is read after the measures have
 * landed and the page has painted twice.
 * On a page with more claims than lib/page/mark-painter.ts registers at
 * once (WINDOW_FROM), only those within a few screens of the viewport are
 * highlighted (the rest as the reader scrolls), and mark.js marks the same
 * spans; `crosscheck:marks` (the window registered) is awaited and, if it
 * records work, added to full and highlight.
 * Two more pages, loaded fresh a few times each:
 * - a typical article (about 20 KB of text and 40 claims, generated like the
 *   relevant pages with more claims): `cold-article-ms`, the full scan's work
 *   (busy, marks included) on a fresh load;
 * - 50,000 claims (the hostile test's page, tests/e2e/hostile-pages.ts): the
 *   longest task after the gate began, and the scan's and marks' longest
 *   slices.
 * The extension is set to mark every claim (`Settings.marks: 'all'`), the
 * most work; by default supported claims are not marked.
 * Medians over the repetitions. The line before the last is
 * `cold-article-ms=<n>`. The last line is a one-line summary:
 * `bench: gate/floor=… full/floor=… markjs/highlight=… longest-task-ms=…`,
 * where longest-task-ms is the longer of the longest task the longtask
 * observer saw after the gate began (it reports only tasks of 50 ms or more)
 * and the scan's own longest slice, so a run with no long task still
 * says how long the content script's longest piece of work was.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, launchChromium, root, serve, setMarks, until } from '../tests/e2e/harness';
import { manyClaimsPage, TICKS_JS } from '../tests/e2e/hostile-pages';
import { benchPage, type BenchFlavour } from './bench-pages';

const BUILD = join(root, '.output/chrome-mv3-bench');
const MARKJS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');
const OVERALL_TIMEOUT_MS = 6 * 60_000;
const SCAN_TIMEOUT_MS = 150_000;

const argOf = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const SIZES = (argOf('--sizes') ?? '100000,1000000,5000000').split(',').map(Number);
/** The typical article: about 20 KB of text; the claim share is set so it makes about 40 claims. */
const ARTICLE_CHARS = 20_000;
const ARTICLE_CLAIM_SHARE = 0.075;
const ARTICLE_REPS = 7;
const MANY_CLAIMS_REPS = 2;
const REPS = argOf('--reps') ? Number(argOf('--reps')) : undefined;
/** Repetitions per page: more for small pages, fewer where one load takes seconds. */
const repsFor = (size: number) => REPS ?? (size <= 200_000 ? 5 : size <= 2_000_000 ? 3 : 3);
const LARGEST = Math.max(...SIZES);

const median = (xs: number[]) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const sizeLabel = (n: number) => (n >= 1_000_000 ? `${+(n / 1_000_000).toFixed(1)} MB` : `${Math.round(n / 1000)} KB`);
const ms = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : 'n/a');

interface Measure {
  name: string;
  startTime: number;
  duration: number;
  detail: Record<string, number> | null;
}

/** Crosscheck's measures in the page, read from the main world. */
const measuresIn = (page: Page): Promise<Measure[]> =>
  page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('crosscheck:'))
      .map((m) => ({ name: m.name, startTime: m.startTime, duration: m.duration, detail: ((m as PerformanceMeasure).detail ?? null) as Record<string, number> | null })),
  );

/** Waits for the first measure called `name` (polling the page's timeline); returns every measure so far. */
async function waitFor(page: Page, name: string, timeoutMs: number): Promise<Measure[]> {
  return until(async () => {
    const all = await measuresIn(page);
    return all.some((m) => m.name === name) ? all : null;
  }, `${name} in ${page.url()}`, timeoutMs);
}

/** Marks registered in the page (every crosscheck-* highlight's size). */
const registeredMarks = (page: Page): Promise<number> =>
  page.evaluate(() => {
    let n = 0;
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights) if (name.startsWith('crosscheck-') && !/focus|flash/.test(name)) n += h.size;
    return n;
  });

interface ScanCost {
  /** Work of the scan and of the marks registered after it, ms. */
  busy: number;
  /** Wall clock from the scan's start to its last mark registered, ms. */
  wall: number;
  /** The highlight step's work (Ranges, registration), marks after the scan included, ms. */
  highlight: number;
  ranges: number;
  claims: number;
  /** The longest slice of the scan or of the marks after it, ms. */
  longestSlice: number;
  scan: Measure;
}

/**
 * The first scan's cost, once its marks are all registered: marks beyond
 * those registered at once are added in slices after the scan, measured as
 * `crosscheck:marks` (a build without that step registers them all in the scan).
 */
async function scanCost(page: Page, timeoutMs: number): Promise<ScanCost> {
  const all = await waitFor(page, 'crosscheck:scan', timeoutMs);
  const scan = all.find((m) => m.name === 'crosscheck:scan')!;
  const hl = all.find((m) => m.name === 'crosscheck:highlight' && m.startTime >= scan.startTime)!;
  const ranges = hl.detail!.ranges!;
  const after = await until(async () => {
    const now = await measuresIn(page);
    const marks = now.find((m) => m.name === 'crosscheck:marks' && m.startTime >= scan.startTime);
    if (marks) return { marks };
    return (await registeredMarks(page)) >= ranges ? { marks: null } : null;
  }, `marks registered in ${page.url()}`, timeoutMs);
  const m = after.marks;
  const end = m ? m.startTime + m.duration : scan.startTime + scan.duration;
  return {
    busy: scan.detail!.busyMs! + (m?.detail?.busyMs ?? 0),
    wall: end - scan.startTime,
    highlight: (hl.detail?.busyMs ?? hl.duration) + (m?.detail?.busyMs ?? 0),
    ranges,
    claims: scan.detail!.claims!,
    longestSlice: Math.max(scan.detail!.longestMs ?? NaN, m?.detail?.longestMs ?? 0),
    scan,
  };
}

/**
 * The floor, in ms: one TreeWalker pass over the body's text nodes, reading
 * each one's data (lengths summed so the work is kept), as the first script
 * to read a freshly loaded page (in the browser without the extension) — the
 * conditions the content script's gate meets. That first pass costs several
 * times a repeated one (16–22 ms against about 4 ms on the 5 MB page here).
 */
const coldFloorIn = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
    const ms = performance.now() - t0;
    (window as unknown as { __floorSink: number }).__floorSink = chars;
    return ms;
  });

/**
 * The warm floor, printed for context: the same pass repeated back to back
 * on a page already read, until the passes have taken at least 20 ms (and run
 * at least 3 times); their mean. performance.now() is coarsened to 0.1 ms in
 * a page that is not cross-origin isolated, hence the repetition.
 */
const warmFloorIn = (page: Page): Promise<number> =>
  page.evaluate(() => {
    let sink = 0;
    let passes = 0;
    const t0 = performance.now();
    let elapsed = 0;
    while (passes < 3 || elapsed < 20) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
      sink += chars;
      passes++;
      elapsed = performance.now() - t0;
    }
    (window as unknown as { __floorSink: number }).__floorSink = sink;
    return elapsed / passes;
  });

interface Span {
  start: number;
  length: number;
  text: string;
}

/** Crosscheck's highlighted Ranges (CSS.highlights entries named crosscheck-*) as offsets in the <article>'s text. */
const highlightedSpans = (page: Page): Promise<{ spans: Span[]; outside: number }> =>
  page.evaluate(() => {
    const article = document.querySelector('article')!;
    const offsets = new Map<Node, number>();
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      offsets.set(node, at);
      at += (node as Text).data.length;
    }
    const spans: { start: number; length: number; text: string }[] = [];
    let outside = 0;
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    for (const [name, h] of registry) {
      if (!name.startsWith('crosscheck-')) continue;
      for (const r of h) {
        const s = offsets.get(r.startContainer);
        const e = offsets.get(r.endContainer);
        if (s === undefined || e === undefined) {
          outside++;
          continue;
        }
        const start = s + r.startOffset;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        spans.push({ start, length: e + r.endOffset - start, text: range.toString() });
      }
    }
    spans.sort((a, b) => a.start - b.start);
    return { spans, outside };
  });

interface MarkResult {
  ms: number;
  marked: number;
  /** Ranges whose marked text differs from the highlighted text (checked on every range). */
  mismatches: number;
  /** Ranges mark.js left out (overlapping another, or whitespace only). */
  skipped: number;
}

/** Injects mark.js and times markRanges over the spans, in the <article>. */
async function markjsIn(page: Page, spans: Span[]): Promise<MarkResult> {
  await page.addScriptTag({ path: MARKJS });
  return page.evaluate(async (input) => {
    type MarkCtor = new (ctx: Element) => {
      markRanges(r: { start: number; length: number; i: number }[], o: { each(el: Element, r: { i: number }): void; noMatch(): void; done(n: number): void }): void;
    };
    const Mark = (window as unknown as { Mark: MarkCtor }).Mark;
    const ranges = input.map((s, i) => ({ start: s.start, length: s.length, i }));
    const pieces: [number, Element][] = [];
    let skipped = 0;
    const instance = new Mark(document.querySelector('article')!);
    const t0 = performance.now();
    const t1 = await new Promise<number>((resolve) =>
      instance.markRanges(ranges, {
        each: (el, r) => void pieces.push([r.i, el]),
        noMatch: () => void skipped++,
        done: () => resolve(performance.now()),
      }),
    );
    const texts = new Map<number, string>();
    for (const [i, el] of pieces) texts.set(i, (texts.get(i) ?? '') + el.textContent);
    let mismatches = 0;
    input.forEach((s, i) => {
      const t = texts.get(i);
      if (t !== undefined && t !== s.text) mismatches++;
    });
    return { ms: t1 - t0, marked: texts.size, mismatches, skipped };
  }, spans);
}

/** Records long tasks from the start of every page in the context (read as window.__longTasks). */
async function observeLongTasks(context: BrowserContext): Promise<void> {
  // tsx compiles with esbuild's keepNames, so functions passed to page.evaluate may call a __name helper the page lacks.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript(() => {
    const out: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof out }).__longTasks = out;
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) out.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No longtask support: the list stays empty.
    }
  });
}

const longTasksIn = async (page: Page) => {
  // Entries reach the observer after their task: give them a moment.
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
};

/** JS heap used (bytes) after a forced garbage collection, via CDP. */
async function heapUsed(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  } finally {
    await cdp.detach();
  }
}

/** Page settled: two frames painted, then a quiet spell of `quietMs`. */
const settle = (page: Page, quietMs = 500) =>
  page.evaluate(
    (q) => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, q)))),
    quietMs,
  );

interface Row {
  flavour: BenchFlavour;
  size: number;
  chars: number;
  floor: number;
  warmFloor: number;
  gate: number;
  busy: number;
  wall: number;
  highlight: number;
  ranges: number;
  claims: number;
  longestSlice: number;
  markjs: number;
  markNote: string;
}

async function main() {
  const started = Date.now();
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, nproc ${os.availableParallelism()}, ${os.platform()} ${os.release()}, node ${process.version}`);

  process.stdout.write('building: npx wxt build --mode bench ... ');
  const t0 = Date.now();
  execFileSync('npx', ['wxt', 'build', '--mode', 'bench'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s (${BUILD})`);

  const pages = SIZES.flatMap((size) => (['unrelated', 'relevant'] as const).map((flavour) => ({ flavour, size, path: `/${flavour}-${size}`, ...benchPage(flavour, size) })));
  const article = benchPage('relevant', ARTICLE_CHARS, 1, ARTICLE_CLAIM_SHARE);
  const { server, base } = await serve({
    ...Object.fromEntries(pages.map((p) => [p.path, { body: p.html, csp: null }])),
    '/article': { body: article.html, csp: null },
    '/many-claims': { body: manyClaimsPage(), csp: null },
    '/ticks.js': { body: TICKS_JS, type: 'text/javascript', csp: null },
  });
  const cold = { busy: [] as number[], read: [] as number[], check: [] as number[], highlight: [] as number[], claims: NaN, chars: article.textChars };
  const many = { task: [] as number[], slice: [] as number[], gap: [] as number[], ranges: NaN };
  let ext: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let plain: BrowserContext | undefined;
  const rows: Row[] = [];
  const longest = { baseline: NaN, heapWith: NaN, heapWithout: NaN };
  /** Per load of the largest relevant page: the longest task ending after the first gate began, and of the whole load. */
  const taskAfterGate: number[] = [];
  const taskWholeLoad: number[] = [];
  try {
    ext = await launchChromium([], BUILD);
    // Every claim marked (the heaviest mode; by default supported claims are not), so mark.js marks the same spans.
    await setMarks(ext.sw, 'all');
    plain = await chromium.launchPersistentContext('', { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1100, height: 900 }, args: CHROMIUM_ARGS });
    await observeLongTasks(ext.context);
    await observeLongTasks(plain);
    const version = ext.context.browser()?.version() ?? (await ext.sw.evaluate(() => navigator.userAgent));
    console.log(`browser: Chromium ${version} (/usr/bin/chromium, headless), extension ${ext.extensionId}`);
    console.log(`pages: ${pages.map((p) => `${p.path} ${p.textChars} chars / ${p.paragraphs} <p>`).join(', ')}`);
    console.log('');

    for (const p of pages) {
      const url = base + p.path;
      const reps = repsFor(p.size);
      const floors: number[] = [];
      const warmFloors: number[] = [];
      const gates: number[] = [];
      const busy: number[] = [];
      const wall: number[] = [];
      const highlight: number[] = [];
      const slices: number[] = [];
      let ranges = NaN;
      let claims = NaN;
      let spans: Span[] = [];
      for (let rep = 0; rep < reps; rep++) {
        const page = await ext.context.newPage();
        try {
          await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
          const all = await waitFor(page, p.flavour === 'relevant' ? 'crosscheck:scan' : 'crosscheck:gate', SCAN_TIMEOUT_MS);
          const first = (name: string) => all.find((m) => m.name === `crosscheck:${name}`);
          const gate = first('gate')!;
          gates.push(gate.duration);
          if (p.flavour === 'relevant') {
            const cost = await scanCost(page, SCAN_TIMEOUT_MS);
            busy.push(cost.busy);
            wall.push(cost.wall);
            claims = cost.claims;
            slices.push(cost.longestSlice);
            highlight.push(cost.highlight);
            ranges = cost.ranges;
            if (rep === 0) {
              const got = await highlightedSpans(page);
              spans = got.spans;
              if (got.outside > 0) console.log(`  note: ${p.path}: ${got.outside} highlighted ranges outside <article> left out of mark.js`);
            }
            if (p.size === LARGEST) {
              const tasks = await longTasksIn(page);
              const after = tasks.filter((t) => t.start + t.duration > gate.startTime);
              taskAfterGate.push(Math.max(0, ...after.map((t) => t.duration)));
              taskWholeLoad.push(Math.max(0, ...tasks.map((t) => t.duration)));
              if (rep === reps - 1) longest.heapWith = await heapUsed(ext.context, page);
            }
          }
          await settle(page, 100);
          warmFloors.push(await warmFloorIn(page));
        } finally {
          await page.close();
        }
        const fresh = await plain.newPage();
        try {
          await fresh.goto(url, { waitUntil: 'load', timeout: 60_000 });
          await settle(fresh, 100);
          floors.push(await coldFloorIn(fresh));
        } finally {
          await fresh.close();
        }
      }

      let markjs = NaN;
      let markNote = '';
      if (p.flavour === 'relevant' && spans.length > 0) {
        // mark.js changes the DOM: a fresh load in the browser without the extension, one per repetition.
        const markReps = p.size === LARGEST ? 1 : reps;
        const times: number[] = [];
        for (let rep = 0; rep < markReps; rep++) {
          const page = await plain.newPage();
          try {
            await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
            await settle(page);
            if (p.size === LARGEST && rep === 0) {
              const tasks = await longTasksIn(page);
              longest.baseline = Math.max(0, ...tasks.map((t) => t.duration));
              longest.heapWithout = await heapUsed(plain, page);
            }
            const r = await markjsIn(page, spans);
            times.push(r.ms);
            if (rep === 0) markNote = `mark.js marked ${r.marked}/${spans.length} spans, ${r.mismatches} differ from the highlighted text${r.skipped ? `, ${r.skipped} skipped` : ''}${markReps === 1 ? ', 1 run' : ''}`;
          } finally {
            await page.close();
          }
        }
        markjs = median(times);
      }

      const row: Row = {
        flavour: p.flavour,
        size: p.size,
        chars: p.textChars,
        floor: median(floors),
        warmFloor: median(warmFloors),
        gate: median(gates),
        busy: median(busy),
        wall: median(wall),
        highlight: median(highlight),
        ranges,
        claims,
        longestSlice: median(slices),
        markjs,
        markNote,
      };
      rows.push(row);
      console.log(
        `  ${p.path}: ${reps} loads, floor ${ms(row.floor, 3)} ms, gate ${ms(row.gate, 2)} ms` +
          (p.flavour === 'relevant' ? `, scan busy ${ms(row.busy)} / wall ${ms(row.wall)} ms, highlight ${ms(row.highlight)} ms (${ranges} ranges), mark.js ${ms(markjs)} ms; ${markNote}` : '') +
          ` [${((Date.now() - started) / 1000).toFixed(0)} s]`,
      );
    }

    // The typical article, fresh loads: the full scan's work.
    for (let rep = 0; rep < ARTICLE_REPS; rep++) {
      const page = await ext.context.newPage();
      try {
        await page.goto(`${base}/article`, { waitUntil: 'load', timeout: 60_000 });
        const cost = await scanCost(page, SCAN_TIMEOUT_MS);
        cold.busy.push(cost.busy);
        cold.claims = cost.claims;
        cold.highlight.push(cost.highlight);
        const stages = await measuresIn(page);
        for (const name of ['read', 'check'] as const) {
          const m = stages.find((x) => x.name === `crosscheck:${name}` && x.startTime >= cost.scan.startTime);
          cold[name].push(m?.detail?.busyMs ?? NaN);
        }
      } finally {
        await page.close();
      }
    }
    console.log(
      `  /article: ${ARTICLE_REPS} loads, ${cold.chars} chars, ${cold.claims} claims, scan busy ${cold.busy.map((x) => ms(x)).join(' / ')} ms; ` +
        `medians: read ${ms(median(cold.read))}, check ${ms(median(cold.check))}, highlight ${ms(median(cold.highlight))} ms`,
    );

    // 50,000 claims: the longest task once the gate began, and the page timer's longest gap.
    for (let rep = 0; rep < MANY_CLAIMS_REPS; rep++) {
      const page = await ext.context.newPage();
      try {
        await page.goto(`${base}/many-claims`, { waitUntil: 'load', timeout: 60_000 });
        const cost = await scanCost(page, SCAN_TIMEOUT_MS);
        await settle(page, 300);
        const gate = (await measuresIn(page)).find((m) => m.name === 'crosscheck:gate')!;
        const tasks = await longTasksIn(page);
        many.task.push(Math.max(0, ...tasks.filter((t) => t.start + t.duration > gate.startTime).map((t) => t.duration)));
        many.slice.push(cost.longestSlice);
        many.ranges = cost.ranges;
        many.gap.push(await page.evaluate(() => (window as unknown as { __ticks: { maxGap: number } }).__ticks.maxGap));
      } finally {
        await page.close();
      }
    }
    console.log(
      `  /many-claims: ${MANY_CLAIMS_REPS} loads, ${many.ranges} ranges; longest task after the gate began ${many.task.map((x) => ms(x)).join(' / ')} ms; ` +
        `longest slice of the scan or its marks ${many.slice.map((x) => ms(x)).join(' / ')} ms; page timer's longest gap (whole load, parsing included) ${many.gap.map((x) => ms(x, 0)).join(' / ')} ms`,
    );
  } finally {
    await ext?.context.close().catch(() => {});
    await plain?.close().catch(() => {});
    server.close();
  }

  const cols = ['page', 'size', 'floor ms', 'warm floor', 'gate ms', 'full busy ms', 'full wall ms', 'longest slice', 'highlight ms', 'ranges', 'mark.js ms', 'ratios'];
  const table = rows.map((r) => [
    r.flavour,
    sizeLabel(r.size),
    ms(r.floor, 3),
    ms(r.warmFloor, 3),
    ms(r.gate, 2),
    r.flavour === 'relevant' ? ms(r.busy) : '-',
    r.flavour === 'relevant' ? ms(r.wall) : '-',
    r.flavour === 'relevant' ? ms(r.longestSlice) : '-',
    r.flavour === 'relevant' ? ms(r.highlight) : '-',
    r.flavour === 'relevant' ? String(r.ranges) : '-',
    r.flavour === 'relevant' ? ms(r.markjs) : '-',
    r.flavour === 'relevant'
      ? `full/floor=${ratio(r.busy, r.floor)} wall/floor=${ratio(r.wall, r.floor)} markjs/highlight=${ratio(r.markjs, r.highlight)}`
      : `gate/floor=${ratio(r.gate, r.floor)}`,
  ]);
  const widths = cols.map((c, i) => Math.max(c.length, ...table.map((t) => t[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  console.log('');
  console.log(`medians over fresh loads (floor: first pass over a fresh load without the extension; warm floor: mean of back-to-back passes over a page already read; gate: first evaluation; full = crosscheck:scan busy / wall; highlight = crosscheck:highlight busy; mark.js in a fresh load without the extension)`);
  console.log(line(cols));
  for (const t of table) console.log(line(t));
  console.log('');
  const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
  const bigRel = rows.find((r) => r.flavour === 'relevant' && r.size === LARGEST);
  const longestAfterGate = median(taskAfterGate);
  console.log(
    `${sizeLabel(LARGEST)} relevant page, long tasks (the longtask API reports only tasks of 50 ms or more; 0 = none): ` +
      `longest ending after the first gate began ${taskAfterGate.map((t) => ms(t)).join(' / ')} ms (median ${ms(longestAfterGate)}); ` +
      `longest of the whole load ${taskWholeLoad.map((t) => ms(t)).join(' / ')} ms; the scan's longest slice by its own count (median) ${ms(bigRel?.longestSlice ?? NaN)} ms; ` +
      `without the extension, the page's own longest task ${ms(longest.baseline)} ms`,
  );
  console.log(
    `JS heap used after GC: ${mb(longest.heapWith)} with the extension, ${mb(longest.heapWithout)} without (growth ${mb(longest.heapWith - longest.heapWithout)})`,
  );
  console.log(`took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`50k-claims: longest task after the gate began (median) ${ms(median(many.task))} ms, longest slice ${ms(median(many.slice))} ms`);
  console.log(`cold-article-ms=${Number.isFinite(median(cold.busy)) ? median(cold.busy).toFixed(1) : 'n/a'}`);
  const big = (flavour: BenchFlavour) => rows.find((r) => r.flavour === flavour && r.size === LARGEST);
  const u = big('unrelated');
  const rel = big('relevant');
  console.log(
    `bench: gate/floor=${ratio(u?.gate ?? NaN, u?.floor ?? NaN)} full/floor=${ratio(rel?.busy ?? NaN, rel?.floor ?? NaN)} markjs/highlight=${ratio(rel?.markjs ?? NaN, rel?.highlight ?? NaN)} longest-task-ms=${Number.isFinite(longestAfterGate) ? Math.round(Math.max(longestAfterGate, bigRel?.longestSlice ?? 0)) : 'n/a'}`,
  );
}

const timer = setTimeout(() => {
  console.error(`bench:browser: gave up after ${OVERALL_TIMEOUT_MS / 1000} s`);
  process.exit(1);
}, OVERALL_TIMEOUT_MS);
timer.unref();
main().then(
  () => {
    clearTimeout(timer);
    process.exit(0);
  },
  (err: unknown) => {
    console.error('bench:browser failed:', err);
    process.exit(1);
  },
);
