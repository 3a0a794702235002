/**
 * The cheap first gate: does a text name North Korea and a missile at all?
 * Its own module, with nothing imported, because the content script runs it
 * on every page and must not carry the engine (or the launch data) to do so.
 */

export const TOPIC = /\b(?:North Korea(?:n|'s)?|N\. ?Korea(?:n|'s)?|Pyongyang|DPRK|KCNA|Kim Jong[- ]?Un)\b/i;
export const MISSILE = /\b(?:missile|ICBM|IRBM|projectile|launch)/i;

/** Whether the text speaks of North Korea and a missile at all. */
export function mentionsTopic(text: string): boolean {
  return TOPIC.test(text) && MISSILE.test(text);
}
