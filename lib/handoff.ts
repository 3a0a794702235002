/**
 * Text handed from the background to the popup or side panel: the
 * selection the context menu's "Check with Crosscheck" was chosen on. Kept
 * in `storage.session` (the side panel may open after the worker answered,
 * and an MV3 worker may stop in between); the panel takes it once and
 * removes it.
 */
import { browser } from 'wxt/browser';

export interface PastedText {
  text: string;
  /** The address of the page it was selected in, when known. */
  url: string | null;
  /** Date.now() when it was handed over. */
  at: number;
}

export const PASTED_KEY = 'pasted';

/** Longest selection handed over (a selection is an excerpt, not a book). */
export const MAX_PASTED = 100_000;

function isPasted(v: unknown): v is PastedText {
  const o = v as Record<string, unknown> | null;
  return typeof o === 'object' && o !== null && typeof o.text === 'string' && (o.url === null || typeof o.url === 'string') && typeof o.at === 'number';
}

export async function handOffText(text: string, url: string | null): Promise<void> {
  const value: PastedText = { text: text.slice(0, MAX_PASTED), url, at: Date.now() };
  await browser.storage.session.set({ [PASTED_KEY]: value });
}

/** The text handed over, if any, removed from storage. */
export async function takePastedText(): Promise<PastedText | null> {
  const got = (await browser.storage.session.get(PASTED_KEY))[PASTED_KEY];
  if (!isPasted(got)) return null;
  await browser.storage.session.remove(PASTED_KEY);
  return got;
}

/** Calls `listener` when new text is handed over. Returns an unsubscribe function. */
export function onPastedText(listener: () => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && PASTED_KEY in changes && changes[PASTED_KEY]?.newValue !== undefined) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
