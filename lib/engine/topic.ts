/**
 * The cheap first gate: does a text name North Korea and a missile at all?
 * Its own module, importing only the gate's small word list
 * (reference-data/topic.json: names of North Korea, its capital, its news
 * agency and its leader), because the content script runs it on every page
 * and must not carry the engine (or the launch data) to do so; that file's
 * description is kept to a line for the same reason.
 */
import { words } from '../../reference-data/topic.json';

if (!Array.isArray(words) || words.length === 0 || words.some((w) => typeof w !== 'string' || w === '')) throw new Error('topic.json: words must be a non-empty list of patterns');
export const TOPIC = new RegExp(`\\b(?:${words.join('|')})\\b`, 'i');
export const MISSILE = /\b(?:missile|ICBM|IRBM|projectile|launch)/i;

/** Whether the text speaks of North Korea and a missile at all. */
export function mentionsTopic(text: string): boolean {
  return TOPIC.test(text) && MISSILE.test(text);
}
