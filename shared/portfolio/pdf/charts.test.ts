import { describe, expect, it } from 'vitest';
import { barChart, radarChart } from './charts';

const numbers = (text: string) => text.split(/[ ,]/).map(Number);

describe('radarChart', () => {
  const svg = radarChart([
    { label: 'Pengetahuan', value: 100, valueLabel: '100' },
    { label: 'Nilai & etika', value: 50, valueLabel: '50' },
    { label: 'Keterampilan', value: null, valueLabel: 'Belum dinilai' },
  ]);

  it('is a standalone SVG with a size pdfmake can measure', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+">/,
    );
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('draws four rings and the scores, an unrated axis at the centre', () => {
    const polygons = [...svg.matchAll(/<polygon points="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(polygons).toHaveLength(5);
    const outer = numbers(polygons[3] ?? '');
    const scores = numbers(polygons[4] ?? '');
    // Full marks reach the outer ring; an unrated axis sits at the centre.
    expect(scores.slice(0, 2)).toEqual(outer.slice(0, 2));
    const centre = {
      x: Number(/x1="([\d.]+)"/.exec(svg)?.[1]),
      y: Number(/y1="([\d.]+)"/.exec(svg)?.[1]),
    };
    expect(scores.slice(4, 6)).toEqual([centre.x, centre.y]);
  });

  it('escapes the labels and writes each value under its axis', () => {
    expect(svg).toContain('>Nilai &#38; etika<');
    expect(svg).toContain('>Belum dinilai<');
  });
});

describe('barChart', () => {
  it('draws bars in proportion to the largest, none for zero', () => {
    const svg = barChart([
      { label: '2 Nov', value: 120, valueLabel: '2' },
      { label: '9 Nov', value: 0, valueLabel: '' },
      { label: '16 Nov', value: 60, valueLabel: '1' },
    ]);
    const heights = [...svg.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toHaveLength(2);
    expect(heights[0]).toBeCloseTo((heights[1] ?? 0) * 2, 0);
    expect(svg).toContain('>16 Nov<');
  });

  it('copes with no hours at all', () => {
    const svg = barChart([{ label: 'a', value: 0, valueLabel: '' }]);
    expect(svg).not.toContain('<rect');
    expect(svg).not.toContain('NaN');
  });
});
