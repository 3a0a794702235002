/**
 * A small number line for a figure claim in the card: the band of values
 * that counts as agreeing with the page (shaded), the page's value (a
 * diamond), each outlet's value (a dot when it agrees, a cross when it
 * differs, a hollow ring for the other camp's claims, never compared) with
 * its own rounding as a whisker, and North Korea's claims on their own row.
 * Drawn with Preact SVG elements; its text alternative is the SVG's title.
 */
import type { CheckedClaim, ReferenceSet } from '@/lib/engine/types';
import { describeNumberLine, numberLine, type LineMark } from '@/lib/number-line';

const W = 360;
const X0 = 12;
const X1 = W - 12;
const ROW = 48;
const TOP = 30;

/** Labels near an end of the line are anchored inwards so they stay inside the drawing. */
const anchor = (at: number) => (at < X0 + 50 ? 'start' : at > X1 - 50 ? 'end' : 'middle');

export function NumberLine({ claim, reference, id }: { claim: CheckedClaim; reference: ReferenceSet; id: string }) {
  const model = numberLine(claim, reference);
  if (!model) return null;
  const [a, b] = model.axis;
  const x = (v: number) => X0 + ((Math.min(Math.max(v, a), b) - a) / (b - a || 1)) * (X1 - X0);
  const height = TOP + (model.rows.length - 1) * ROW + 26;
  const titleId = `${id}-title`;
  const pageRow = model.rows.findIndex((r) => r.page);
  const lineY = (i: number) => TOP + i * ROW;
  // Values several outlets share are labelled once ("1,100 km ×4").
  const labels = (marks: LineMark[]) => {
    const seen = new Map<string, { at: number; n: number }>();
    for (const m of marks) seen.set(m.label, { at: m.value, n: (seen.get(m.label)?.n ?? 0) + 1 });
    return [...seen].map(([label, { at, n }]) => ({ label: n > 1 ? `${label} ×${n}` : label, at }));
  };
  return (
    <svg class="cc-numberline" viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-labelledby={titleId} focusable="false">
      <title id={titleId}>{describeNumberLine(model)}</title>
      {model.rows.map((row, i) => {
        const y = lineY(i);
        return (
          <g key={row.camp} class={`cc-nl-row cc-nl-${row.camp}`}>
            <text x={X0} y={y - 22} class="cc-nl-title">
              {row.title}
              {row.page ? '' : ' (not compared)'}
            </text>
            <line x1={X0} x2={X1} y1={y} y2={y} class="cc-nl-axis" />
            {row.page ? (
              <rect
                class="cc-nl-band"
                x={x(model.page.band[0])}
                y={y - 7}
                width={Math.max(2, x(model.page.band[1]) - x(model.page.band[0]))}
                height={14}
                rx={3}
              />
            ) : null}
            {row.marks.map((m) => (
              <g key={`${m.outlet}-${m.value}`} class={`cc-nl-mark cc-nl-${m.stance}`}>
                <line x1={x(m.band[0])} x2={x(m.band[1])} y1={y} y2={y} class="cc-nl-whisker" />
                {m.stance === 'differ' ? (
                  <path d={`M${x(m.value) - 4} ${y - 4}L${x(m.value) + 4} ${y + 4}M${x(m.value) + 4} ${y - 4}L${x(m.value) - 4} ${y + 4}`} class="cc-nl-cross" />
                ) : (
                  <circle cx={x(m.value)} cy={y} r={4} />
                )}
              </g>
            ))}
            {labels(row.marks).map((l) => (
              <text key={l.label} x={x(l.at)} y={y + 17} class="cc-nl-label" text-anchor={anchor(x(l.at))}>
                {l.label}
              </text>
            ))}
            {row.page ? (
              <path d={`M${x(model.page.value)} ${y - 7}l6 7l-6 7l-6 -7z`} class="cc-nl-page" />
            ) : null}
          </g>
        );
      })}
      <text x={x(model.page.value)} y={lineY(pageRow) - 10} class="cc-nl-page-label" text-anchor={anchor(x(model.page.value))}>
        this page: {model.page.label}
      </text>
    </svg>
  );
}
