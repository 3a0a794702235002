/**
 * No launch in the engine's code: every lib/engine/**\/*.ts, its comments
 * stripped, is searched for the event's date in its written forms, its
 * reported figures and the names of the people coverage names — all read
 * from the data (reference-data/event.json, region.json, and every event file
 * under tests/fixtures/events/), so the list grows with the data. Knowledge about the event belongs in data files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import region from '../../reference-data/region.json';

const root = join(import.meta.dirname, '../..');
const engine = join(root, 'lib/engine');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/**
 * Code without its comments: block and line comments become spaces (so
 * offsets and line numbers stay), strings, template literals and regular
 * expression literals are kept, since a name or a date in one is code.
 */
export function stripComments(src: string): string {
  let out = '';
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      out += blank(src.slice(i, stop));
      i = stop;
    } else if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      out += blank(src.slice(i, stop));
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && /[=(,:;!&|?{}[\]+\-*%~^<>]\s*$|^\s*$|\breturn\s*$/.test(out.slice(-20))) {
      // A regular-expression literal: up to its closing slash, outside a character class.
      let j = i + 1;
      let inClass = false;
      while (j < src.length && (inClass || src[j] !== '/') && src[j] !== '\n') {
        if (src[j] === '\\') j++;
        else if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        j++;
      }
      out += src.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The event's date as copy writes it: ISO, "January 6, 2025", "6 January 2025", "Jan. 6", "2025/01/06", "06.01.2025". */
function dateForms(iso: string): RegExp[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1]!;
  const short = month.slice(0, 3);
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  return [
    new RegExp(`${y}-${mm}-${dd}`),
    new RegExp(`${y}/${mm}/${dd}`),
    new RegExp(`\\b${dd}\\.${mm}\\.${y}\\b`),
    new RegExp(`\\b(?:${month}|${short}\\.?) ${d}\\b(?!\\d)`),
    new RegExp(`\\b${d} (?:${month}|${short}\\b)`),
    // The event's month as a value or a prefix: "2025-01", /^2025-01-2\d/.
    new RegExp(`\\b${y}-${mm}\\b`),
  ];
}

/** A reported figure as copy writes it: "1,100", "1100", "1 100" and "99.8" alone; a small one only with its unit ("Mach 12", "100 km"). */
function figureForms(n: number, measure: string): RegExp[] {
  if (measure === 'speed') return [new RegExp(`Mach[\\s-]?${esc(String(n))}(?![\\d.])`, 'i'), new RegExp(`\\b${esc(String(n))} times the speed`, 'i')];
  const s = String(n);
  if (!Number.isInteger(n)) return [new RegExp(`(?<![\\d.])${esc(s)}(?![\\d])`)];
  if (n >= 1000) {
    const grouped = n.toLocaleString('en-US');
    return [new RegExp(`(?<![\\d.,])(?:${esc(grouped)}|${s}|${esc(grouped.replace(',', ' '))})(?![\\d])`)];
  }
  return [new RegExp(`(?<![\\d.])${s}\\s*(?:km|kilomet)`, 'i')];
}

interface Finding {
  file: string;
  line: number;
  what: string;
  text: string;
}

function scan(patterns: { what: string; re: RegExp }[]): Finding[] {
  const found: Finding[] = [];
  for (const file of files(engine)) {
    const code = stripComments(readFileSync(file, 'utf8'));
    const lines = code.split('\n');
    lines.forEach((line, i) => {
      for (const { what, re } of patterns) {
        if (re.test(line)) found.push({ file: relative(root, file), line: i + 1, what, text: line.trim().slice(0, 120) });
      }
    });
  }
  return found;
}

interface EventFile {
  event: { id: string; date: string };
  launches: { id: string; date: string; figures: Record<string, number[]> }[];
  offices: { name: string; aliases: string[] }[];
  americas?: { date: string };
}
/** The bundled event and every event under tests/fixtures/events/: none of them may be in the code. */
const eventsDir = join(root, 'tests/fixtures/events');
const EVENTS: EventFile[] = [
  join(root, 'reference-data/event.json'),
  ...readdirSync(eventsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(eventsDir, e.name, 'event.json')),
].map((f) => JSON.parse(readFileSync(f, 'utf8')) as EventFile);
const ownLaunch = (e: EventFile) => e.launches.find((l) => l.id === e.event.id)!;
const own = ownLaunch(EVENTS[0]!);

describe('no event in the engine code', () => {
  it('strips comments and keeps strings and regular expressions', () => {
    const code = stripComments("const a = '/* no */'; // Blinken\n/* Kim\n Jong */ const b = /x\\/y/g; const c = 1 / 2; // 2025");
    expect(code).toContain("'/* no */'");
    expect(code).toContain('/x\\/y/g');
    expect(code).not.toMatch(/Blinken|Kim|Jong|2025/);
    expect(code.split('\n')).toHaveLength(3);
  });

  it('finds what it looks for (the scanner is not blind)', () => {
    const line = "if (d === '2025-01-06' || c.value === 'January 6' || km === 1100 || /Mach 12/.test(s) || who === 'Blinken') {}";
    const hits = [...dateForms(own.date), ...figureForms(1100, 'distance'), ...figureForms(12, 'speed')].filter((re) => re.test(line));
    expect(hits.length).toBeGreaterThanOrEqual(4);
    expect(figureForms(99.8, 'altitude')[0]!.test('h = 99.8;')).toBe(true);
    expect(figureForms(100, 'altitude')[0]!.test('x * 100')).toBe(false);
  });

  it("holds neither the event's date nor the day before it (the Americas') in any written form", () => {
    const dates = EVENTS.flatMap((e) => [e.event.date, ...(e.americas ? [e.americas.date] : [])]);
    expect(scan(dates.flatMap((d) => dateForms(d).map((re) => ({ what: `date ${d}`, re }))))).toEqual([]);
  });

  it("holds none of the event's reported figures", () => {
    const patterns = EVENTS.flatMap((e) => Object.entries(ownLaunch(e).figures)).flatMap(([measure, list]) => (list as number[]).flatMap((n) => figureForms(n, measure).map((re) => ({ what: `${measure} ${n}`, re }))));
    expect(patterns.length).toBeGreaterThanOrEqual(5);
    expect(scan(patterns)).toEqual([]);
  });

  it("holds none of the people's names the data lists, nor the office holders' in any event's data", () => {
    const names = new Set<string>();
    for (const p of [...region.people, ...EVENTS.flatMap((e) => e.offices)]) {
      names.add(p.name);
      for (const a of p.aliases) if (a.length >= 4) names.add(a);
      // Family and given names alike: "Blinken", "Choi", "Ishiba".
      for (const part of p.name.split(/\s+/)) if (part.length >= 4) names.add(part);
    }
    const patterns = [...names].map((n) => ({ what: `name ${n}`, re: new RegExp(`\\b${esc(n)}\\b`) }));
    expect(patterns.length).toBeGreaterThanOrEqual(15);
    expect(scan(patterns)).toEqual([]);
  });
});
