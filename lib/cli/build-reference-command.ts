/**
 * The `build:reference` command as a function of its arguments, so tests can
 * run it without a process: reads an event file and a folder of articles,
 * ties each article to its outlet (the event file's `file` for the outlet, or
 * `outlet: ID` in the article's front matter), builds the reference set and
 * writes it. Every problem is one line that says what to fix.
 */
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { buildReference, serialise, type Article, type Override } from '../reference/build';
import { validateEventFile, type EventFile } from '../reference/event-file';
import { htmlReadable, type CommandResult } from './check-command';

const USAGE = 'usage: build:reference [--seeds DIR --event FILE --out FILE] (no arguments: rebuild the bundled set)';
const ROOT = join(import.meta.dirname, '../..');
const ARTICLE = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const MAX_BYTES = 20 * 1024 * 1024;

const bad = (reason: string): CommandResult => ({ code: 2, stdout: '', stderr: `build:reference: ${reason}` });

/** Why a file could not be read, in words. */
const why = (e: unknown) => {
  const err = e as NodeJS.ErrnoException;
  return err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'it is a folder' : err.message;
};

/** "---\noutlet: dw\n---": the outlet an article names in front matter, and its text with the block blanked (offsets kept). */
export function frontMatter(text: string): { outlet: string | null; text: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { outlet: null, text };
  const outlet = /^outlet:\s*["']?([^"'\s]+)["']?\s*$/m.exec(m[1]!)?.[1] ?? null;
  return { outlet, text: m[0].replace(/[^\n]/g, ' ') + text.slice(m[0].length) };
}

async function readEventFile(path: string): Promise<EventFile | string> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    return `cannot read the event file ${path}: ${why(e)}.`;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return `the event file ${path} is not valid JSON (${(e as Error).message}).`;
  }
  try {
    return validateEventFile(json, basename(path));
  } catch (e) {
    return `${(e as Error).message}.`;
  }
}

/** Each outlet's article from `dir`, or the first problem. */
async function readArticles(dir: string, event: EventFile): Promise<Map<string, Article> | string> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) return `${dir} is not a folder.`;
    names = (await readdir(dir)).sort();
  } catch (e) {
    return `cannot read the articles folder ${dir}: ${why(e)}.`;
  }
  // README files are notes about the folder, not articles.
  const files = names.filter((n) => ARTICLE.has(extname(n).toLowerCase()) && !/^readme\./i.test(n));
  if (files.length === 0) return `${dir} holds no articles (.txt, .md or .html files).`;
  const byFile = new Map(event.outlets.filter((o) => o.file).map((o) => [o.file!, o.id]));
  const known = new Set(event.outlets.map((o) => o.id));
  const articles = new Map<string, Article>();
  for (const file of files) {
    const path = join(dir, file);
    let bytes: Buffer;
    try {
      const info = await stat(path);
      if (!info.isFile()) return `${path} is not a file.`;
      if (info.size > MAX_BYTES) return `${path} is ${info.size} bytes; the limit is ${MAX_BYTES}.`;
      bytes = await readFile(path);
    } catch (e) {
      return `cannot read ${path}: ${why(e)}.`;
    }
    if (bytes.includes(0)) return `${path} looks binary (it has NUL bytes); articles are text, Markdown or HTML.`;
    const decoded = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    if ((decoded.match(/\uFFFD/g)?.length ?? 0) > Math.max(8, decoded.length / 100)) return `${path} is not UTF-8 text.`;
    const { outlet: named, text } = frontMatter(decoded);
    if (named && !known.has(named)) return `${path} names outlet ${named}, which the event file does not list (known: ${[...known].join(', ')}).`;
    const listed = byFile.get(file);
    if (named && listed && named !== listed) return `${path} names outlet ${named} in its front matter, but the event file gives it to ${listed}.`;
    const outlet = named ?? listed;
    if (!outlet) return `${path} is not any outlet's article: give it as an outlet's "file" in the event file, or begin it with front matter naming its outlet (---, outlet: ID, ---).`;
    if (articles.has(outlet)) return `outlet ${outlet} has two articles, ${articles.get(outlet)!.file} and ${file}.`;
    const isHtml = /^\.html?$/i.test(extname(file));
    articles.set(outlet, isHtml ? { file, ...htmlReadable(text) } : { file, text });
  }
  for (const o of event.outlets) {
    if (!articles.has(o.id)) return `outlet ${o.id} has no article in ${dir}${o.file ? ` (expected ${o.file})` : ''}.`;
  }
  return articles;
}

export async function runBuildReference(args: string[], root = ROOT): Promise<CommandResult> {
  const given: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!['--seeds', '--event', '--out', '--overrides'].includes(a)) return bad(`unknown argument ${a}. ${USAGE}`);
    const v = args[++i];
    if (v === undefined || v.startsWith('--')) return bad(`${a} needs a value. ${USAGE}`);
    given[a.slice(2)] = v;
  }
  const bundled = args.length === 0;
  if (!bundled && !(given.seeds && given.event && given.out)) return bad(`--seeds, --event and --out go together (missing ${['seeds', 'event', 'out'].filter((k) => !given[k]).map((k) => `--${k}`).join(', ')}). ${USAGE}`);
  const seeds = bundled ? join(root, 'seeds') : given.seeds!;
  const eventPath = bundled ? join(root, 'reference-data/event.json') : given.event!;
  const out = bundled ? join(root, 'reference-data/reference.json') : given.out!;
  const overridesPath = bundled ? join(root, 'reference-data/overrides.json') : given.overrides;

  const event = await readEventFile(eventPath);
  if (typeof event === 'string') return bad(event);
  let overrides: Override[] = [];
  if (overridesPath) {
    try {
      overrides = JSON.parse(await readFile(overridesPath, 'utf8')) as Override[];
      if (!Array.isArray(overrides)) return bad(`${overridesPath} must be a list of overrides.`);
    } catch (e) {
      return bad(`cannot read the overrides ${overridesPath}: ${e instanceof SyntaxError ? `not valid JSON (${e.message})` : why(e)}.`);
    }
  }
  const articles = await readArticles(seeds, event);
  if (typeof articles === 'string') return bad(articles);
  let reference;
  try {
    reference = buildReference(event, articles, overrides);
  } catch (e) {
    return bad(`${(e as Error).message}`);
  }
  try {
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, serialise(reference));
  } catch (e) {
    return bad(`cannot write ${out}: ${why(e)}.`);
  }
  return { code: 0, stdout: `${out}: ${reference.claims.length} claims from ${reference.outlets.length} outlets about ${reference.event.title} (${reference.event.date})\n`, stderr: '' };
}
