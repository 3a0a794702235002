/**
 * Golden pins: every fixture's complete engine output, compared exactly.
 *
 * golden.test.ts scores the engine against what a fact-checker expects
 * (recall, precision, false alarms, with floors). This file pins what the
 * engine actually says on each fixture — every claim's kind, words, value,
 * verdict, counts, attribution, notes and outlets' stances, and the page's
 * relevance and launch — so any change in behaviour shows as a diff to
 * review, even one the floors would let through.
 *
 * Tuning fixtures are pinned in readable files (tests/fixtures/pinned/NAME.txt,
 * one claim a line). Held-out fixtures must not be read, so each is pinned by
 * a SHA-256 of the same text (tests/fixtures/pinned/held-out.sha256.json): a
 * change fails the test without showing what changed.
 *
 * After a deliberate change: `npx vitest run tests/unit/golden-pins.test.ts -u`,
 * read the diff of the tuning pins, and say in the commit what moved and why.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/engine/check';
import type { CheckedClaim } from '../../lib/engine/types';
import { HELD_OUT, loadFixtures, loadReference, type Fixture } from '../../scripts/eval';

const reference = loadReference();

function claimLine(c: CheckedClaim): string {
  const outlets = c.outlets.map((o) => `${o.outlet}:${o.stance}`).join(',');
  const parts = [
    `${c.start}-${c.end}`,
    c.kind,
    JSON.stringify(c.text),
    `= ${JSON.stringify(c.value)}`,
    c.verdict,
    `${c.counts.agree}/${c.counts.agree + c.counts.differ}`,
  ];
  if (c.qualifier) parts.push(`qualifier=${c.qualifier}`);
  if (c.attribution) parts.push(`by=${c.attribution}`);
  if (outlets) parts.push(`[${outlets}]`);
  for (const n of c.notes) parts.push(`note: ${n}`);
  return parts.join(' ');
}

/** The engine's whole answer on a fixture, as lines of text. */
function pinText(f: Fixture): string {
  const r = check(f.text, reference, f.blocks ? { blocks: f.blocks } : {});
  const head = [
    `relevant: ${r.relevant}`,
    `about: ${r.about ?? 'none'}`,
    `mentions: ${r.mentions.join(', ') || 'none'}`,
    `copy of: ${r.copyOf.join(', ') || 'none'}`,
    `claims: ${r.claims.length}`,
  ];
  return [...head, ...r.claims.map(claimLine)].join('\n') + '\n';
}

describe('golden pins: tuning fixtures, exactly', () => {
  for (const f of loadFixtures().filter((x) => !x.heldOut)) {
    it(f.file, async () => {
      await expect(pinText(f)).toMatchFileSnapshot(`../fixtures/pinned/${f.name}.txt`);
    });
  }
});

describe('golden pins: held-out fixtures, by digest', () => {
  it('every held-out fixture says exactly what it said when pinned', async () => {
    const digests = Object.fromEntries(
      loadFixtures(HELD_OUT, true).map((f) => [f.name, createHash('sha256').update(pinText(f)).digest('hex')]),
    );
    await expect(JSON.stringify(digests, null, 2) + '\n').toMatchFileSnapshot('../fixtures/pinned/held-out.sha256.json');
  });
});
