/** Small builders for the per-kind tests: a claim and a reference value to compare, and what a sentence yields. */
import { claimsAfterLead } from '../helpers';
import type { Comparable } from '../../../lib/engine/kinds/kind';
import type { ClaimKind } from '../../../lib/engine/types';

/** A comparable claim of `kind`, with whatever else a test gives it. */
export const value = (kind: ClaimKind, v: number | string, extra: Partial<Comparable> = {}): Comparable => ({ kind, value: v, qualifier: null, attribution: null, ...extra });

/** The values of `kind` read in sentences after the standard lead. */
export const found = (kind: ClaimKind, ...sentences: string[]) => claimsAfterLead(kind, ...sentences).map((c) => c.value);
