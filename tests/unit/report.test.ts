/**
 * The words the reader's view and the exports share: plain names for every
 * kind, short outlet names, the reference set's version, and the exports'
 * address, time and version.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/engine/check';
import { CLAIM_KINDS } from '../../lib/engine/types';
import { createHash } from 'node:crypto';
import { KIND_LABEL, checkJson, exportMeta, markdownReport, referenceVersion, shortOutletName, textReport } from '../../lib/report';
import { article, reference } from './helpers';

describe('plain words', () => {
  it('every kind has a label with no id-like hyphen or jargon', () => {
    for (const k of CLAIM_KINDS) {
      expect(KIND_LABEL[k]).toMatch(/^[A-Z][a-z ()A-Z]+$/);
      expect(KIND_LABEL[k]).not.toBe(k);
    }
    expect(KIND_LABEL['missile-type']).toBe('Missile type');
    expect(KIND_LABEL.distance).toBe('Distance flown');
  });

  it('outlets have short names cut at a dash or a bracket', () => {
    const ref = reference();
    expect(ref.outlets.map((o) => shortOutletName(ref, o.id))).toEqual(['IRIA', 'DW', 'Wire rewrite', 'Sunford Express', 'Hindustan Dot']);
    expect(shortOutletName(ref, 'unknown-id')).toBe('unknown-id');
  });
});

describe('the reference set version', () => {
  it('is the format version and the start of the SHA-256 the builder wrote over the content, which matches the content', () => {
    const ref = reference();
    expect(referenceVersion(ref)).toBe(`2-${ref.hash.slice(0, 16)}`);
    const { version, hash, ...content } = ref;
    expect(version).toBe(2);
    expect(createHash('sha256').update(JSON.stringify(content)).digest('hex')).toBe(hash);
  });
});

describe('exports', () => {
  const ref = reference();
  const text = article('The missile flew 300 km, the JCS said.');
  const r = check(text, ref);
  const meta = exportMeta('https://news.example/story', Date.UTC(2026, 11, 1, 9, 30), ref);

  it('the JSON leads with the address, the time of the check and the version; without them it is the check command shape', () => {
    const j = checkJson(r, meta);
    expect(Object.keys(j).slice(0, 4)).toEqual(['url', 'checkedAt', 'reference', 'relevant']);
    expect(j.url).toBe('https://news.example/story');
    expect(j.checkedAt).toBe('2026-12-01T09:30:00.000Z');
    expect(j.reference).toBe(referenceVersion(ref));
    expect(Object.keys(checkJson(r))).toEqual(['relevant', 'about', 'mentions', 'claims']);
  });

  it('the Markdown says where, when and against what, and answers first with plain kind names', () => {
    const md = markdownReport(r, ref, 'A story', meta);
    expect(md).toContain('- Page: https://news.example/story');
    expect(md).toContain('- Checked: 2026-12-01T09:30:00.000Z');
    expect(md).toContain(`- Reference set: ${referenceVersion(ref)} (5 outlets)`);
    expect(md).toContain('**Distance flown**: “300 km” (300 km according to');
    expect(md).toContain('0 of 5 outlets agree; DW, Hindustan Dot, IRIA, Wire rewrite: 1,100 km; Sunford Express: 500 km.');
    expect(markdownReport({ ...r, claims: r.claims }, ref, 'Pasted', { ...meta, url: null })).toContain('- Page: pasted text');
  });

  it('the text report has no jargon', () => {
    const out = textReport({ relevant: r.relevant, about: r.about, mentions: r.mentions, claims: r.claims }, ref, () => 1);
    expect(out).not.toContain('reads as');
    expect(out).toContain('Distance flown');
    expect(out).not.toContain('checked 2026');
    const withMeta = textReport({ relevant: r.relevant, about: r.about, mentions: r.mentions, claims: r.claims }, ref, () => 1, meta).split('\n');
    expect(withMeta[1]).toBe(`Text: https://news.example/story · checked 2026-12-01T09:30:00.000Z · reference set ${referenceVersion(ref)}`);
  });
});
