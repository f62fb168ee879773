// A horizontal bar chart drawn as SVG on the server: no JavaScript, no chart
// library, readable when printed. The same numbers follow in a real table.
//
// Geometry: instead of scaling a fixed viewBox (which shrinks the text to
// 7 px on a phone), bars are sized in percentages of the chart's width and
// the text keeps its size in CSS pixels, so labels stay readable on a phone
// and grow with browser zoom. Each label sits on its own line(s) above its
// bar, wrapped so it fits a 320 px wide screen.
import { t } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import { formatNumber } from "~/i18n/format";

export interface BarChartRow {
  key: string;
  label: string;
  value: number;
}

const FONT_SIZE = 16;
const LINE = 20;
const BAR = 22;
const GAP = 14;
/** Bars use at most this share of the width, leaving room for the value after the longest. */
const MAX_BAR_PERCENT = 78;
/** About what fits on a line of a 320 px screen at 16 px. */
const WRAP_AT = 34;

// Canada.ca navy on white is 12:1, text colour 16:1: well above the 3:1 a
// graphic needs and the 4.5:1 text needs. CSS (report.css) may override them
// with the site's variables and with system colours in forced-colours mode.
const BAR_COLOUR = "#26374a";
const TEXT_COLOUR = "#1b1b1b";

function wrap(label: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/)) {
    if (line && line.length + 1 + word.length > WRAP_AT) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function BarChart({
  id,
  title,
  labelHeader,
  valueHeader,
  rows,
  lang,
}: {
  /** Unique on the page: ties the chart to its caption. */
  id: string;
  title: string;
  labelHeader: string;
  valueHeader: string;
  rows: BarChartRow[];
  lang: Lang;
}) {
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const captionId = `${id}-caption`;

  let y = 0;
  const drawn = rows.map((row) => {
    const lines = wrap(row.label);
    const top = y;
    const barY = top + lines.length * LINE + 4;
    y = barY + BAR + GAP;
    return { row, lines, top, barY, percent: (row.value / max) * MAX_BAR_PERCENT };
  });
  const height = y - GAP;

  return (
    <figure className="bar-chart">
      <figcaption id={captionId} className="bar-chart__caption">
        {title}
      </figcaption>
      <svg
        className="bar-chart__svg"
        role="img"
        aria-labelledby={captionId}
        width="100%"
        height={height}
        focusable="false"
        fontSize={FONT_SIZE}
      >
        {drawn.map(({ row, lines, top, barY, percent }) => (
          <g key={row.key}>
            <text className="bar-chart__label" x={0} y={top} fill={TEXT_COLOUR}>
              {lines.map((line, i) => (
                <tspan key={i} x={0} dy={i === 0 ? LINE - 4 : LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            {row.value > 0 ? <rect className="bar-chart__bar" x={0} y={barY} width={`${percent}%`} height={BAR} fill={BAR_COLOUR} /> : null}
            <text
              className="bar-chart__value"
              x={`${percent}%`}
              dx={row.value > 0 ? 8 : 0}
              y={barY + BAR / 2}
              dominantBaseline="central"
              fontWeight={700}
              fill={TEXT_COLOUR}
            >
              {formatNumber(row.value, lang)}
            </text>
          </g>
        ))}
      </svg>
      <details className="bar-chart__table">
        <summary>{t(lang).report.showTable}</summary>
        <div className="table-wrap">
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{labelHeader}</th>
                <th scope="col" className="numeric">
                  {valueHeader}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td className="numeric">{formatNumber(row.value, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
