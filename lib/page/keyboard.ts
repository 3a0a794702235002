/**
 * The page-level keyboard: Escape closes an open card (and gives focus back).
 * Nothing else: stepping through claims is an extension command (changeable
 * in the browser's shortcut settings) that reaches the page as a
 * `step-claim` message, so no key is taken from the page.
 */
export function escapeCloses(isOpen: () => boolean, close: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key === 'Escape' && isOpen()) close();
  };
}
