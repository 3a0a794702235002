/**
 * The `check` command as a function of its arguments, so tests can run it
 * without a process: reads the file, reduces HTML to its readable text,
 * checks it, and returns the output and exit status.
 */
import { readFile, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { Window } from 'happy-dom';
import { check, outletForUrl } from '../engine/check';
import type { Block } from '../engine/text';
import type { ReferenceSet } from '../engine/types';
import { readable } from '../page/readable';
import { withImported } from '../reference/combine';
import { validateReference } from '../reference/validate';
import { checkJson, textReport } from '../report';

export interface CommandResult {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

const USAGE = 'usage: check [--json] [--reference SET]... [--url URL | --outlet ID] FILE (.txt, .md, .html, or - for standard input)';
const MAX_BYTES = 20 * 1024 * 1024;
const REFERENCE = join(import.meta.dirname, '../../reference-data/reference.json');

const bad = (reason: string): CommandResult => ({ code: 2, stdout: '', stderr: `check: ${reason}` });

export async function runCheck(args: string[], readStdin: () => Promise<Buffer>, referencePath = REFERENCE): Promise<CommandResult> {
  let json = false;
  let url: string | null = null;
  let outlet: string | null = null;
  let file: string | null = null;
  const givenReferences: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--url' || a === '--outlet' || a === '--reference') {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) return bad(`${a} needs a value. ${USAGE}`);
      if (a === '--url') url = v;
      else if (a === '--reference') givenReferences.push(v);
      else outlet = v;
    } else if (a.startsWith('-') && a !== '-') return bad(`unknown option ${a}. ${USAGE}`);
    else if (file !== null) return bad(`one file at a time (got ${file} and ${a}). ${USAGE}`);
    else file = a;
  }
  if (file === null) return bad(`no file given. ${USAGE}`);
  if (url && outlet) return bad('give --url or --outlet, not both.');

  const paths = givenReferences.length ? givenReferences : [referencePath];
  const sets: ReferenceSet[] = [];
  for (const path of paths) {
    const set = await loadReference(path, givenReferences.length > 0);
    if (typeof set === 'string') return bad(set);
    if (sets.some((s) => s.event.id === set.event.id)) return bad(`two reference sets about the event of ${set.event.date}; give one set per event.`);
    sets.push(set);
  }
  // Several sets: each passage is checked against the event it speaks of.
  const reference = withImported(sets[0]!, sets.slice(1));
  if (outlet && !reference.outlets.some((o) => o.id === outlet)) {
    return bad(`unknown outlet ${outlet}; known: ${reference.outlets.map((o) => o.id).join(', ')}.`);
  }
  if (url) {
    try {
      new URL(url);
    } catch {
      return bad(`--url ${url} is not an absolute address.`);
    }
  }

  const ext = file === '-' ? '' : extname(file).toLowerCase();
  if (file !== '-' && !['.txt', '.md', '.markdown', '.html', '.htm'].includes(ext)) {
    return bad(`${file}: unsupported file type ${ext || '(none)'}; use .txt, .md or .html.`);
  }
  let bytes: Buffer;
  try {
    if (file === '-') bytes = await readStdin();
    else {
      const info = await stat(file);
      if (!info.isFile()) return bad(`${file} is not a file.`);
      if (info.size > MAX_BYTES) return bad(`${file} is ${info.size} bytes; the limit is ${MAX_BYTES}.`);
      bytes = await readFile(file);
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return bad(`cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.message}.`);
  }
  if (bytes.includes(0)) return bad(`${file === '-' ? 'standard input' : file} looks binary (it has NUL bytes); give a text, Markdown or HTML file.`);
  const raw = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if ((raw.match(/\uFFFD/g)?.length ?? 0) > Math.max(8, raw.length / 100)) return bad(`${file} is not UTF-8 text.`);

  const isHtml = ext === '.html' || ext === '.htm' || (file === '-' && /^\s*(?:<!doctype html|<html|<(?:head|body|article|p|div)\b)/i.test(raw));
  let text = raw.replace(/^\uFEFF/, '');
  let blocks: Block[] | undefined;
  if (isHtml) {
    const page = htmlReadable(text);
    text = page.text;
    blocks = page.blocks;
  }
  const exclude = outlet ? [outlet] : url ? [outletForUrl(url, reference)].filter((x): x is string => x !== null) : [];
  const result = check(text, reference, { exclude, ...(blocks ? { blocks } : {}) });
  const contradicted = result.claims.some((c) => c.verdict === 'contradicted');
  const code = contradicted ? 1 : 0;
  if (json) {
    return { code, stdout: `${JSON.stringify(checkJson(result), null, 2)}\n`, stderr: '' };
  }
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return { code, stdout: textReport(result, reference, lineOf), stderr: '' };
}

/** A reference set read from `path` and validated, or a one-line reason it cannot be used. */
async function loadReference(path: string, given: boolean): Promise<ReferenceSet | string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'it is a folder' : err.message;
    return `cannot read the reference set at ${path}: ${reason}.${given ? '' : ' Run npm run build:reference.'}`;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return `the reference set at ${path} is not valid JSON (${(e as Error).message}); build one with npm run build:reference.`;
  }
  const loaded = validateReference(json);
  return loaded.ok ? loaded.reference : `${path}: ${loaded.error}`;
}

/** HTML reduced to its readable article text, without running any of its scripts. */
export function htmlReadable(html: string): { text: string; blocks: Block[] } {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const { text, blocks } = readable(doc);
    return { text, blocks };
  } finally {
    void window.happyDOM.close();
  }
}
