/**
 * Charts as SVG text, which pdfmake draws as vectors without a DOM. Callers pass words and
 * numbers already formatted in the portfolio's language.
 */

const ACCENT = '#1f3a5f';
const GRID = '#c5ccd6';
const INK = '#1f2933';
const MUTED = '#5f6b7a';
const FONT = 'font-family="Roboto"';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const n = (value: number) => String(Math.round(value * 10) / 10);

export interface RadarAxis {
  label: string;
  /** 0–100, or null when not rated: drawn at the centre and labelled by `valueLabel`. */
  value: number | null;
  valueLabel: string;
}

/** A radar chart of scores 0–100 with rings at every quarter. Needs three axes or more. */
export function radarChart(axes: readonly RadarAxis[], size = 150): string {
  const width = size + 120;
  const height = size + 44;
  const cx = width / 2;
  const cy = height / 2 + 4;
  const radius = size / 2 - 10;
  const at = (i: number, fraction: number) => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / axes.length;
    return {
      x: cx + Math.cos(angle) * radius * fraction,
      y: cy + Math.sin(angle) * radius * fraction,
    };
  };
  const polygon = (fractions: readonly number[]) =>
    fractions
      .map((f, i) => at(i, f))
      .map((p) => `${n(p.x)},${n(p.y)}`)
      .join(' ');
  const rings = [0.25, 0.5, 0.75, 1].map(
    (ring) =>
      `<polygon points="${polygon(axes.map(() => ring))}" fill="none" stroke="${GRID}" stroke-width="0.6"/>`,
  );
  const spokes = axes.map((_, i) => {
    const end = at(i, 1);
    return `<line x1="${n(cx)}" y1="${n(cy)}" x2="${n(end.x)}" y2="${n(end.y)}" stroke="${GRID}" stroke-width="0.6"/>`;
  });
  const fractions = axes.map((a) => Math.max(0, Math.min(100, a.value ?? 0)) / 100);
  const area = `<polygon points="${polygon(fractions)}" fill="${ACCENT}" fill-opacity="0.22" stroke="${ACCENT}" stroke-width="1.5"/>`;
  const dots = fractions.map((f, i) => {
    const p = at(i, f);
    return `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="2.5" fill="${ACCENT}"/>`;
  });
  const labels = axes.map((axis, i) => {
    const p = at(i, 1.12);
    const anchor = Math.abs(p.x - cx) < 4 ? 'middle' : p.x > cx ? 'start' : 'end';
    // Labels above the centre sit on their point; those below hang under it.
    const y = p.y < cy ? p.y - 10 : p.y + 4;
    return (
      `<text x="${n(p.x)}" y="${n(y)}" text-anchor="${anchor}" font-size="9" ${FONT} fill="${INK}">${escapeXml(axis.label)}</text>` +
      `<text x="${n(p.x)}" y="${n(y + 11)}" text-anchor="${anchor}" font-size="8.5" ${FONT} fill="${axis.value === null ? MUTED : ACCENT}">${escapeXml(axis.valueLabel)}</text>`
    );
  });
  return svg(width, height, [...rings, ...spokes, area, ...dots, ...labels]);
}

export interface Bar {
  label: string;
  value: number;
  /** Written above the bar; blank for none. */
  valueLabel: string;
}

/** A bar chart of non-negative values, labelled under each bar. */
export function barChart(bars: readonly Bar[], width = 460, height = 150): string {
  const top = 14;
  const bottom = height - 18;
  const max = Math.max(0, ...bars.map((b) => b.value)) || 1;
  const slot = width / Math.max(1, bars.length);
  const barWidth = slot * 0.62;
  const parts = [
    `<line x1="0" y1="${n(bottom)}" x2="${n(width)}" y2="${n(bottom)}" stroke="${GRID}" stroke-width="0.8"/>`,
  ];
  bars.forEach((bar, i) => {
    const barHeight = (Math.max(0, bar.value) / max) * (bottom - top);
    const x = i * slot + (slot - barWidth) / 2;
    const middle = i * slot + slot / 2;
    if (barHeight > 0) {
      parts.push(
        `<rect x="${n(x)}" y="${n(bottom - barHeight)}" width="${n(barWidth)}" height="${n(barHeight)}" fill="${ACCENT}"/>`,
      );
    }
    if (bar.valueLabel) {
      parts.push(
        `<text x="${n(middle)}" y="${n(bottom - barHeight - 3)}" text-anchor="middle" font-size="7.5" ${FONT} fill="${INK}">${escapeXml(bar.valueLabel)}</text>`,
      );
    }
    parts.push(
      `<text x="${n(middle)}" y="${n(height - 5)}" text-anchor="middle" font-size="7.5" ${FONT} fill="${MUTED}">${escapeXml(bar.label)}</text>`,
    );
  });
  return svg(width, height, parts);
}

const svg = (width: number, height: number, parts: readonly string[]) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}">${parts.join('')}</svg>`;
