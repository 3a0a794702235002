/**
 * runInSlices (lib/page/slices.ts): how sliced work is cut into slices by
 * its time budget, what it reports, and how a run is cancelled.
 */
import { describe, expect, it } from 'vitest';
import { runToEnd, type Steps } from '../../lib/engine/steps';
import { noStats, runInSlices } from '../../lib/page/slices';

/** A fake clock and a computation whose every step takes `stepMs` on it. */
function fixture(steps: number, stepMs: number) {
  let clock = 0;
  const log: string[] = [];
  function* work(): Steps<number> {
    try {
      for (let i = 0; i < steps; i++) {
        clock += stepMs;
        log.push(`step ${i}`);
        yield;
      }
      return steps;
    } finally {
      log.push('finally');
    }
  }
  const pause = async () => {
    log.push('pause');
  };
  return { work, pause, now: () => clock, log };
}

describe('runInSlices', () => {
  it('runs steps until the budget is spent, then pauses', async () => {
    const f = fixture(10, 3);
    const stats = noStats();
    const out = await runInSlices(f.work(), { budgetMs: 8, now: f.now, pause: f.pause, stats });
    expect(out).toBe(10);
    // 3 ms steps under an 8 ms budget: three steps a slice (9 ms), then a pause.
    expect(f.log.slice(0, 5)).toEqual(['step 0', 'step 1', 'step 2', 'pause', 'step 3']);
    expect(f.log.filter((l) => l === 'pause')).toHaveLength(3);
    expect(stats.slices).toBe(4);
    expect(stats.busyMs).toBe(30);
    expect(stats.longestMs).toBe(9);
  });

  it('gives the same result as running to the end', async () => {
    const f = fixture(25, 1);
    expect(await runInSlices(f.work(), { budgetMs: 4, now: f.now, pause: f.pause })).toBe(runToEnd(fixture(25, 1).work()));
  });

  it('a cancelled run stops at its next pause, resolves to null and closes the computation', async () => {
    const f = fixture(100, 5);
    let slices = 0;
    const out = await runInSlices(f.work(), { budgetMs: 8, now: f.now, pause: f.pause, cancelled: () => ++slices > 2 });
    expect(out).toBeNull();
    expect(f.log.filter((l) => l.startsWith('step'))).toHaveLength(4);
    expect(f.log.at(-1)).toBe('finally');
  });

  it('a step that throws rejects the run', async () => {
    function* bad(): Steps<number> {
      yield;
      throw new Error('broken');
    }
    await expect(runInSlices(bad(), { pause: async () => {} })).rejects.toThrow('broken');
  });
});
