/**
 * The write-off report as a bar chart: a pure function from the report's figures to an SVG and
 * its PNG bytes, with no browser and no file or network access. vega-lite compiles the spec,
 * vega's headless View (renderer 'none') draws the SVG, and resvg turns it into a PNG.
 *
 * Text needs a font: resvg reads the system's fonts. On a machine without any (no `fc-list`
 * output), the bars still render but their labels are blank; nothing is bundled here.
 */
import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { isWriteOffReason, writeOffReasonInfo } from '../domain/reasons.ts';
import type { WriteOffReport } from '../ledger/queries/write-off-report.ts';

/** Width of the PNG in pixels; Slack scales it down in the message. */
export const CHART_WIDTH_PX = 800;

export interface ReportChart {
  readonly svg: string;
  readonly png: Uint8Array;
}

interface Bar {
  readonly group: string;
  readonly label: string;
  /** Dollars for the axis only: the figures themselves stay integer cents. */
  readonly dollars: number;
  readonly count: number;
}

/** Slack user ids are shown as they are: resolving names would need a Web API call. */
function bars(report: WriteOffReport): Bar[] {
  return [
    ...report.byReason.map((r) => ({
      group: 'By reason',
      label: isWriteOffReason(r.reason) ? writeOffReasonInfo(r.reason).label : r.reason,
      dollars: r.totalCents / 100,
      count: r.count,
    })),
    ...report.byUser.map((u) => ({
      group: 'By user',
      label: u.actor,
      dollars: u.totalCents / 100,
      count: u.count,
    })),
  ];
}

function chartSpec(report: WriteOffReport): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: `Write-offs in ${report.month} (undone ones left out)`,
    data: { values: bars(report) },
    facet: { row: { field: 'group', type: 'nominal', title: null, header: { labelAngle: 0 } } },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 520,
      mark: { type: 'bar', tooltip: false },
      encoding: {
        y: { field: 'label', type: 'nominal', sort: '-x', title: null, axis: { labelLimit: 260 } },
        x: {
          field: 'dollars',
          type: 'quantitative',
          title: 'Written off (USD)',
          axis: { format: '$,.2f' },
        },
        color: { field: 'group', type: 'nominal', legend: null },
      },
    },
    config: { font: 'sans-serif', background: 'white' },
  };
}

export async function renderReportChart(report: WriteOffReport): Promise<ReportChart> {
  const view = new View(parse(compile(chartSpec(report)).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    const png = new Resvg(svg, {
      fitTo: { mode: 'width', value: CHART_WIDTH_PX },
      font: { loadSystemFonts: true },
    })
      .render()
      .asPng();
    return { svg, png: new Uint8Array(png) };
  } finally {
    view.finalize();
  }
}
