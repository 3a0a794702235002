/**
 * The reference set shipped with the extension and the `check` command,
 * validated on first use. A corrupt or mismatched file yields an error
 * message, never a crash.
 */
import data from '../../reference-data/reference.json';
import { validateReference, type Loaded } from './validate';

let loaded: Loaded | null = null;

export function bundledReference(): Loaded {
  loaded ??= validateReference(data);
  return loaded;
}
