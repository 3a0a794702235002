// @vitest-environment happy-dom
/**
 * The pieces lib/page/session.ts wires, each on its own: what is marked in
 * each mode, stepping through claims needing attention, the live region's
 * words, the card's hover and pin rules, the results published, the draft
 * controls (grouping, order, dismiss, checked, placement clear of other
 * fields) and their component, the `step-claim` message's run-time check, the
 * session module's export check, and the rescan schedule and change filter
 * the scanner uses.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftControl, outletValues } from '../../components/DraftPanel';
import { parseMessage, MAX_CLAIMS, type PageClaim } from '../../lib/messages';
import { createCard } from '../../lib/page/card';
import { overlaps, placeClosed, placeOpen, CLOSED_SIZE, OPEN_SIZE, type Box } from '../../lib/page/draft-placement';
import { createDrafts, issueKey } from '../../lib/page/drafts';
import type { Entry } from '../../lib/page/entries';
import { entryOf } from '../../lib/page/lazy';
import { createMarkPainter, nearViewport, WINDOW_FROM } from '../../lib/page/mark-painter';
import { attentionCount, attentionMessage, hoverableEntries, isMarked, markedEntries } from '../../lib/page/marks';
import { pageChanged } from '../../lib/page/page-changes';
import { createPublisher, tabResult } from '../../lib/page/publish';
import { createRescanSchedule, dueAt } from '../../lib/page/rescan-schedule';
import { attentionEntries, stepIndex } from '../../lib/page/stepping';
import { bundledReference } from '../../lib/reference/bundled';
import { pageClaim } from './helpers';

const loaded = bundledReference();
if (!loaded.ok) throw new Error(loaded.error);
const reference = loaded.reference;

let n = 0;
const claim = (over: Partial<PageClaim> = {}): PageClaim => pageClaim({ id: `page:${n++}`, ...over });
const range = () => document.createRange();
const entry = (over: Partial<PageClaim> = {}, r: Range | null = range(), editor: Element | null = null): Entry => ({ claim: claim(over), range: r, editor });
const VERDICTS = ['contradicted', 'supported', 'disputed', 'unverified', 'supported', 'contradicted'] as const;
const mixed = () => VERDICTS.map((verdict) => entry({ verdict }));

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('marks', () => {
  it('attention mode marks everything but supported claims; all mode marks everything; supported claims still answer the pointer', () => {
    const entries = [...mixed(), entry({ verdict: 'contradicted' }, null)];
    expect(markedEntries(entries, { highlights: true, marks: 'attention' }, true).map((e) => e.claim.verdict)).toEqual(['contradicted', 'disputed', 'unverified', 'contradicted']);
    expect(markedEntries(entries, { highlights: true, marks: 'all' }, true)).toHaveLength(6);
    expect(hoverableEntries(entries, { highlights: true }, true)).toHaveLength(6);
    expect(markedEntries(entries, { highlights: false, marks: 'all' }, true)).toEqual([]);
    expect(markedEntries(entries, { highlights: true, marks: 'all' }, false)).toEqual([]);
    expect(hoverableEntries(entries, { highlights: false }, true)).toEqual([]);
    expect(isMarked('supported', 'attention')).toBe(false);
    expect(isMarked('unverified', 'attention')).toBe(true);
  });

  it('the live region counts claims needing attention in words', () => {
    expect(attentionCount(mixed())).toBe(3);
    expect(attentionMessage(3)).toBe('3 claims need attention on this page.');
    expect(attentionMessage(1)).toBe('1 claim needs attention on this page.');
    expect(attentionMessage(0)).toBe('No claims need attention on this page.');
  });
});

describe('stepping through claims needing attention', () => {
  it('only contradicted and disputed claims that can be shown, in page order, wrapping both ways', () => {
    const entries = [...mixed(), entry({ verdict: 'disputed' }, null)];
    const list = attentionEntries(entries);
    expect(list.map((e) => e.claim.verdict)).toEqual(['contradicted', 'disputed', 'contradicted']);
    expect(stepIndex(list, null, -1, 'next')).toBe(0);
    expect(stepIndex(list, null, -1, 'previous')).toBe(2);
    expect(stepIndex(list, list[2]!.claim.id, 0, 'next')).toBe(0);
    expect(stepIndex(list, list[0]!.claim.id, 2, 'previous')).toBe(2);
    // A card open on a claim not in the list (a supported one, from hover): from the cursor.
    expect(stepIndex(list, entries[1]!.claim.id, 1, 'next')).toBe(2);
    expect(stepIndex([], null, -1, 'next')).toBe(-1);
  });
});

describe('the step-claim message', () => {
  it('is accepted with a direction, rejected otherwise', () => {
    expect(parseMessage({ type: 'step-claim', direction: 'next' })).toEqual({ type: 'step-claim', direction: 'next' });
    expect(parseMessage({ type: 'step-claim', direction: 'previous', extra: 1 })).toEqual({ type: 'step-claim', direction: 'previous' });
    for (const bad of [{ type: 'step-claim' }, { type: 'step-claim', direction: 'up' }, { type: 'step-claim', direction: 1 }]) expect(parseMessage(bad)).toBeNull();
  });
});

describe('the card', () => {
  const setup = () => {
    const paint = vi.fn();
    const focus = vi.fn();
    const card = createCard({ doc: document, highlighter: { focus, show: vi.fn(), flash: vi.fn(), clear: vi.fn() }, paint, hoverOpenMs: 20, hoverCloseMs: 20 });
    return { card, paint, focus };
  };

  it('a hover opens it after a moment and leaving closes it; a pinned card stays; closing gives focus back', async () => {
    vi.useFakeTimers();
    const { card, focus } = setup();
    const a = entry({ verdict: 'supported' });
    card.hover(a);
    expect(card.state()).toBeNull();
    vi.advanceTimersByTime(25);
    expect(card.state()?.claim.id).toBe(a.claim.id);
    expect(card.state()?.pinned).toBe(false);
    expect(focus).toHaveBeenLastCalledWith(a.range);
    card.leave();
    vi.advanceTimersByTime(25);
    expect(card.state()).toBeNull();
    expect(focus).toHaveBeenLastCalledWith(null);

    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    card.open(a, new DOMRect(0, 0, 10, 10), true, true);
    card.leave();
    vi.advanceTimersByTime(50);
    expect(card.state()?.pinned).toBe(true);
    (document.activeElement as HTMLElement | null)?.blur();
    card.close(true);
    expect(document.activeElement).toBe(button);
  });

  it('the pointer resting in the card keeps a hover card open; a claim gone from the page closes it', () => {
    vi.useFakeTimers();
    const { card } = setup();
    const a = entry();
    card.open(a, new DOMRect(0, 0, 10, 10), false, false);
    card.pointerInCard(true);
    card.leave();
    vi.advanceTimersByTime(50);
    expect(card.state()).not.toBeNull();
    card.keepIfIn([entry()]);
    expect(card.state()).toBeNull();
  });
});

describe('publishing', () => {
  it('never wakes the background for a page that was never relevant; sends a changed result once; caps the claims', () => {
    const sent: unknown[] = [];
    const publish = createPublisher(window, document, (r) => sent.push(r));
    const state = (entries: Entry[], relevant = true) => ({ relevant, entries, ownOutlet: null, about: null, mentions: [] });
    publish({ state: state([], false), paused: false, highlights: 'on' });
    expect(sent).toEqual([]);
    const es = mixed();
    publish({ state: state(es), paused: false, highlights: 'on' });
    publish({ state: state(es), paused: false, highlights: 'on' });
    expect(sent).toHaveLength(1);
    publish({ state: state(es), paused: false, highlights: 'off' });
    expect(sent).toHaveLength(2);
    const many = Array.from({ length: MAX_CLAIMS + 3 }, () => entry());
    const r = tabResult(window, document, { state: state(many), paused: false, highlights: 'on' }, 5);
    expect(r.claims).toHaveLength(MAX_CLAIMS);
    expect(r.total).toBe(MAX_CLAIMS + 3);
    expect(tabResult(window, document, { state: state(many), paused: true, highlights: 'on' }, 5).claims).toEqual([]);
  });
});

describe('draft placement', () => {
  const editor: Box = { left: 100, top: 200, width: 360, height: 120 };
  const stacked: Box[] = [
    { left: 100, top: 150, width: 360, height: 46 },
    { left: 100, top: 324, width: 360, height: 30 },
    { left: 100, top: 358, width: 360, height: 30 },
  ];

  it('closed: inside the editor\'s bottom-right corner', () => {
    const b = placeClosed(editor, stacked, 1100, 900);
    expect(b.left + b.width).toBeLessThanOrEqual(editor.left + editor.width);
    expect(b.top + b.height).toBeLessThanOrEqual(editor.top + editor.height);
    expect(b.left).toBeGreaterThan(editor.left + editor.width - CLOSED_SIZE.width - 10);
    for (const o of stacked) expect(overlaps(b, o)).toBe(false);
  });

  it('open: beside the editor when there is room, else inside it; never over another field', () => {
    const beside = placeOpen(editor, stacked, 1100, 900);
    expect(beside.left).toBeGreaterThanOrEqual(editor.left + editor.width);
    expect(beside.width).toBe(OPEN_SIZE.width);
    // Fields across the whole width: nothing beside, below or above is free.
    const wide: Box = { left: 0, top: 200, width: 1100, height: 120 };
    const wideStack = stacked.map((o) => ({ ...o, left: 0, width: 1100 }));
    const inside = placeOpen(wide, wideStack, 1100, 900);
    for (const o of wideStack) expect(overlaps(inside, o)).toBe(false);
    expect(inside).toEqual({ left: 0, top: 200, width: 1100, height: 120 });
  });

  it('a tiny editor: the closed control goes beside it, clear of the other fields', () => {
    const tiny: Box = { left: 100, top: 200, width: 80, height: 20 };
    const b = placeClosed(tiny, stacked, 1100, 900);
    expect(overlaps(b, tiny)).toBe(false);
    for (const o of stacked) expect(overlaps(b, o)).toBe(false);
  });

  it('overlap is strict: touching edges do not overlap', () => {
    expect(overlaps({ left: 0, top: 0, width: 10, height: 10 }, { left: 10, top: 0, width: 10, height: 10 })).toBe(false);
    expect(overlaps({ left: 0, top: 0, width: 10, height: 10 }, { left: 9, top: 9, width: 10, height: 10 })).toBe(true);
  });
});

describe('draft controls', () => {
  it('one per editor: issues worst first, supported counted apart; dismissed issues and a checked draft stay so across re-checks', () => {
    document.body.innerHTML = '<textarea id="a"></textarea><input id="b">';
    const ta = document.getElementById('a')!;
    // happy-dom has no layout: give the editor a box.
    ta.getBoundingClientRect = () => new DOMRect(10, 10, 400, 150);
    const make = () => (['supported', 'unverified', 'contradicted', 'disputed'] as const).map((verdict, i) => entry({ verdict, id: `draft:0:${i}`, source: 'draft', text: `claim ${i}`, start: i * 10 }, null, ta));
    const drafts = createDrafts(document);
    let [c] = drafts.controls(make());
    expect(c!.key).toBe('draft:0');
    expect(c!.issues.map((x) => x.verdict)).toEqual(['contradicted', 'disputed', 'unverified']);
    expect(c!.supported).toBe(1);
    drafts.toggle('draft:0');
    drafts.dismiss('draft:0', c!.issues[0]!);
    [c] = drafts.controls(make());
    expect(c!.open).toBe(true);
    expect(c!.issues.map((x) => x.verdict)).toEqual(['disputed', 'unverified']);
    drafts.markChecked('draft:0', c!.issues);
    [c] = drafts.controls(make());
    expect(c!.checked).toBe(true);
    expect(c!.open).toBe(false);
    // A new issue brings the control back.
    const more = [...make(), entry({ verdict: 'contradicted', id: 'draft:0:9', source: 'draft', text: 'new one' }, null, ta)];
    [c] = drafts.controls(more);
    expect(c!.checked).toBe(false);
    expect(issueKey(c!.issues[0]!)).toBe('distance|new one|1100');
  });
});

describe('the draft control component', () => {
  it('says how many to check, lists issues with the outlets\' values, and calls back for dismiss, checked and close', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const issue = claim({
      verdict: 'contradicted',
      text: '300 km',
      value: 300,
      counts: { agree: 0, differ: 2 },
      outlets: [
        { outlet: 'dw', stance: 'differ', value: 1100, quote: 'q', attribution: null },
        { outlet: 'iria', stance: 'differ', value: 1100, quote: 'q', attribution: null },
      ],
    });
    const calls: string[] = [];
    const box = { left: 1, top: 2, width: 116, height: 26 };
    const props = {
      id: 'draft:0',
      issues: [issue],
      supported: 2,
      checked: false,
      closedAt: box,
      openAt: { left: 5, top: 6, width: 320, height: 280 },
      reference,
      onToggle: () => calls.push('toggle'),
      onClose: () => calls.push('close'),
      onSelect: () => calls.push('select'),
      onOpen: () => calls.push('open'),
      onDismiss: () => calls.push('dismiss'),
      onChecked: () => calls.push('checked'),
    };
    render(<DraftControl {...props} open={false} />, root);
    const toggle = root.querySelector<HTMLButtonElement>('.cc-draft-toggle')!;
    expect(toggle.textContent).toContain('1 to check');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.cc-draft-list')).toBeNull();
    toggle.click();
    render(<DraftControl {...props} open />, root);
    const li = root.querySelector('li[data-verdict="contradicted"]')!;
    expect(li.textContent).toContain('0 of 2 outlets agree');
    expect(li.querySelector('.cc-draft-values')!.textContent).toBe(`Outlets: ${outletValues(issue, reference)}`);
    expect(outletValues(issue, reference)).toMatch(/^1,100 km: /);
    li.querySelector<HTMLButtonElement>('[aria-label^="Dismiss"]')!.click();
    [...root.querySelectorAll<HTMLButtonElement>('.cc-button')].find((b) => b.textContent === 'Mark draft checked')!.click();
    [...root.querySelectorAll<HTMLButtonElement>('.cc-button')].find((b) => b.textContent === 'Close')!.click();
    expect(calls).toEqual(['toggle', 'dismiss', 'checked', 'close']);
    // Closing from inside the list gives focus back to the control.
    expect(root.ownerDocument.activeElement).toBe(root.querySelector('.cc-draft-toggle'));
    render(null, root);
  });
});

describe('viewport first', () => {
  it('finds the marks within a margin of the viewport by their boxes, in page order', () => {
    // 100 marks, 50 px apart; viewport 0..400 scrolled to 2000 px.
    const marks = Array.from({ length: 100 }, (_, i) => {
      const r = document.createRange();
      const top = i * 50 - 2000;
      r.getBoundingClientRect = () => new DOMRect(0, top, 10, 20);
      return { range: r, verdict: 'supported' as const };
    });
    const [from, to] = nearViewport(marks, 400, 100);
    // Bottom >= -100: top >= -120, i >= 37.6 → 38; top <= 500: i <= 50.
    expect([from, to]).toEqual([38, 51]);
    expect(nearViewport([], 400, 100)).toEqual([0, 0]);
  });

  it('an article\'s marks are all registered; on a page with very many, those near the viewport, following the reader', () => {
    let scrollY = 0;
    const marksOf = (count: number) =>
      Array.from({ length: count }, (_, i) => {
        const r = document.createRange();
        r.getBoundingClientRect = () => new DOMRect(0, i * 30 - scrollY, 10, 20);
        return { range: r, verdict: 'contradicted' as const };
      });
    const shown: Range[][] = [];
    const hl = { show: (m: { range: Range }[]) => void shown.push(m.map((x) => x.range)), focus: vi.fn(), flash: vi.fn(), clear: vi.fn() };
    const painter = createMarkPainter(window, hl);
    const few = marksOf(WINDOW_FROM);
    painter.paint(few);
    expect(shown.at(-1)).toHaveLength(WINDOW_FROM);
    const many = marksOf(50_000);
    painter.paint(many);
    const first = shown.at(-1)!;
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(1000);
    expect(first[0]).toBe(many[0]!.range);
    const paints = shown.length;
    painter.follow();
    expect(shown.length).toBe(paints); // the viewport did not move: nothing re-registered
    scrollY = 30 * 40_000;
    painter.follow();
    expect(shown.at(-1)).toContain(many[40_000]!.range);
    expect(shown.at(-1)).not.toContain(many[0]!.range);
    expect(painter.registered()).toBe(shown.at(-1)!.length);
  });
});

describe('the session module', () => {
  it('takes startSession from the module\'s exports, and refuses a module without it', () => {
    const start = async () => {};
    expect(entryOf({ startSession: start })).toBe(start);
    expect(() => entryOf({})).toThrow(/does not export startSession/);
    expect(() => entryOf(null)).toThrow();
  });
});

describe('the scanner\'s schedule and change filter', () => {
  it('a rescan waits for a quiet period, at most the maximum wait, and never sooner than the gap after the last scan', () => {
    const o = { debounceMs: 400, maxWaitMs: 2000, lastDurationMs: 100 };
    expect(dueAt(10_000, 10_000, 0, o)).toBe(10_400);
    expect(dueAt(11_900, 10_000, 0, o)).toBe(12_000);
    expect(dueAt(10_000, 10_000, 9_800, o)).toBe(10_800);
    expect(dueAt(10_000, 10_000, 9_800, { ...o, lastDurationMs: 500 })).toBe(12_300);
  });

  it('a burst of changes runs one scan', async () => {
    vi.useFakeTimers();
    let t = 5000;
    const run = vi.fn(async () => {});
    const s = createRescanSchedule({ debounceMs: 50, maxWaitMs: 500, lastDuration: () => 0, run, now: () => t });
    for (let i = 0; i < 10; i++) {
      s.changed();
      t += 10;
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('typing in an editor and the extension\'s own host are not page changes', () => {
    document.body.innerHTML = '<p id="p">text</p><textarea id="t"></textarea><div id="host"></div>';
    const p = document.getElementById('p')!;
    const host = document.getElementById('host')!;
    const rec = (target: Node, added: Node[] = []) => ({ type: 'childList', target, addedNodes: added, removedNodes: [] }) as unknown as MutationRecord;
    const ignore = (n: Node) => n === host || host.contains(n);
    expect(pageChanged([rec(document.getElementById('t')!, [document.createTextNode('x')])], ignore)).toBe(false);
    expect(pageChanged([rec(host, [document.createElement('b')])], ignore)).toBe(false);
    expect(pageChanged([rec(document.body, [host])], ignore)).toBe(false);
    expect(pageChanged([rec(p)], ignore)).toBe(false);
    expect(pageChanged([rec(p, [document.createTextNode('x')])], ignore)).toBe(true);
  });
});
