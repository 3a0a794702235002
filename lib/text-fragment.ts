/**
 * Links to a passage in an outlet's article with a text fragment
 * (`#:~:text=start,end`), so the browser scrolls to the quote and marks it.
 * Long quotes use their first and last few words; characters the syntax
 * reserves (`-`, `,`, `&`) are percent-encoded.
 */

const WORDS = 5;

const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/** `url` with a text fragment for `quote`, or null when there is no address. */
export function textFragmentUrl(url: string | null, quote: string): string | null {
  if (!url) return null;
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    return null;
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return null;
  base.hash = '';
  const words = quote.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return base.href;
  const directive =
    words.length <= WORDS * 2 ? encode(words.join(' ')) : `${encode(words.slice(0, WORDS).join(' '))},${encode(words.slice(-WORDS).join(' '))}`;
  return `${base.href}#:~:text=${directive}`;
}
