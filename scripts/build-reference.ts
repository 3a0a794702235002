/** `npm run build:reference`: writes reference-data/reference.json from seeds/. */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildReference, serialise, type Override } from '../lib/reference/build';
import type { Outlet } from '../lib/engine/types';

const root = join(import.meta.dirname, '..');
const outlets = JSON.parse(readFileSync(join(root, 'seeds/outlets.json'), 'utf8')) as Outlet[];
const overrides = JSON.parse(readFileSync(join(root, 'reference-data/overrides.json'), 'utf8')) as Override[];
const reference = buildReference(outlets, (f) => readFileSync(join(root, 'seeds', f), 'utf8'), overrides);
mkdirSync(join(root, 'reference-data'), { recursive: true });
writeFileSync(join(root, 'reference-data/reference.json'), serialise(reference));
console.log(`reference-data/reference.json: ${reference.claims.length} claims from ${outlets.length} outlets`);
