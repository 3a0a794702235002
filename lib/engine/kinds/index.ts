/**
 * The registry of claim kinds: one module per kind, listed here. The list's
 * order is the order the engine runs their finders in (a finder shared by
 * several kinds runs once, where it first appears), which decides the order
 * of claims that start at the same place. Adding a kind: write its module
 * (kind.ts says what it exports), add its name to CLAIM_KINDS (types.ts, the
 * public list) and list it here.
 */
import type { Extractor } from '../scope';
import type { ClaimKind } from '../types';
import { altitude } from './altitude';
import { casualties } from './casualties';
import { date } from './date';
import { distance } from './distance';
import { impactArea } from './impact-area';
import { inauguration } from './inauguration';
import type { CandidatePattern, KindModule } from './kind';
import { launchSite } from './launch-site';
import { missileType } from './missile-type';
import { official } from './official';
import { previousLaunch } from './previous-launch';
import { quote } from './quote';
import { reaction } from './reaction';
import { speed } from './speed';
import { time } from './time';
import { troops } from './troops';
import { weekday } from './weekday';

/** Every kind, in the order its finders run. */
export const REGISTRY: readonly KindModule[] = [
  distance,
  altitude,
  speed,
  troops,
  casualties,
  date,
  previousLaunch,
  inauguration,
  weekday,
  time,
  missileType,
  launchSite,
  impactArea,
  official,
  quote,
  reaction,
];

/** Each kind's module by its name. */
export const KINDS = Object.fromEntries(REGISTRY.map((k) => [k.kind, k])) as Record<ClaimKind, KindModule>;

/** The module of a kind, or undefined for a name that is no kind. */
export const kindModule = (kind: string): KindModule | undefined => (Object.hasOwn(KINDS, kind) ? KINDS[kind as ClaimKind] : undefined);

/** Every finder once, in the order the registry lists the kinds. */
export const FINDERS: readonly Extractor[] = [...new Set(REGISTRY.flatMap((k) => k.find))];

/** Every pattern tried only at the candidate scanner's candidates, with the candidates it starts at. */
export const CANDIDATE_PATTERNS: readonly CandidatePattern[] = REGISTRY.flatMap((k) => k.patterns ?? []);
