/**
 * The report chart is a pure function: figures in, SVG and PNG bytes out. The PNG is decoded far
 * enough to prove it is one (signature, IHDR chunk with its size) rather than trusting a length.
 */
import { execFileSync } from 'node:child_process';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CHART_WIDTH_PX, renderReportChart } from '../../src/export/report-chart.ts';
import type { WriteOffReport } from '../../src/ledger/index.ts';
import { pngSize } from '../support/png.ts';

const report: WriteOffReport = {
  month: '2026-11',
  totalCents: 12_345,
  byReason: [
    { reason: 'small_balance', count: 3, totalCents: 345 },
    { reason: 'financial_hardship', count: 1, totalCents: 12_000 },
  ],
  byUser: [
    { actor: 'U0BILLER', count: 3, totalCents: 345 },
    { actor: 'cli:dana', count: 1, totalCents: 12_000 },
  ],
};

function hasSystemFonts(): boolean {
  try {
    return execFileSync('fc-list', { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

describe('report chart', () => {
  it('renders a PNG of the configured width with one bar per reason and per user', async () => {
    const chart = await renderReportChart(report);
    const { width, height } = pngSize(chart.png);
    expect(width).toBe(CHART_WIDTH_PX);
    expect(height).toBeGreaterThan(100);
    expect(chart.svg).toContain('Financial hardship / charity care');
    expect(chart.svg).toContain('U0BILLER');
    expect(chart.svg).toContain('2026-11');
    // Four bars: vega draws each as a path with role mark in the bar group.
    expect(chart.svg.match(/<path [^>]*aria-roledescription="bar"/g)).toHaveLength(4);
  });

  it('renders an empty month without failing', async () => {
    const chart = await renderReportChart({ month: '2026-12', totalCents: 0, byReason: [], byUser: [] });
    expect(pngSize(chart.png).width).toBe(CHART_WIDTH_PX);
  });

  it.skipIf(!hasSystemFonts())('draws text with the system fonts (labels are not blank)', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="white"/><text x="4" y="30" font-family="sans-serif" font-size="24">Total</text></svg>';
    const image = new Resvg(svg, { font: { loadSystemFonts: true } }).render();
    let ink = 0;
    for (let i = 0; i < image.pixels.length; i += 4) if ((image.pixels[i] ?? 255) < 128) ink++;
    expect(ink).toBeGreaterThan(50);
  });
});
