/**
 * Draws one chart figure with Chart.js, from the table inside the figure (see lib/charts/table-data.ts):
 * bar charts only, so only the bar controller, the bar element and the two scales are registered;
 * tooltips, legend and animation plugins are not loaded. Series differ by colour and fill pattern, every
 * bar is labelled with its value, and the legend is plain HTML. The data the chart holds is written to
 * the canvas (`data-chart-data`), read back from the Chart instance, so tests can compare it with the table.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import { chartData, chartHeight, wrapLabel, type TableModel } from '../lib/charts/table-data.ts';
import { GRID, INK, MUTED, seriesStyle, type SeriesStyle } from '../lib/charts/palette.ts';
import { formatNumber } from '../lib/format/number.ts';
import { formatQuantity } from '../lib/format/quantity.ts';
import { h } from './dom.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);
Chart.defaults.font.family = "'Be Vietnam Pro', system-ui, sans-serif";
Chart.defaults.font.size = 13;
Chart.defaults.color = INK;

/** Reads the figure's table: data columns after the row-header column, and each row's values. */
const readTable = (table: HTMLTableElement): TableModel => {
  const head = [...(table.tHead?.rows[0]?.cells ?? [])].slice(1);
  return {
    columns: head.map((th) => ({ label: (th as HTMLElement).dataset.label ?? th.textContent!.trim(), series: th.hasAttribute('data-series') })),
    rows: [...(table.tBodies[0]?.rows ?? [])].map((tr) => {
      const [label, ...cells] = [...tr.cells];
      return { label: label?.dataset.label ?? label?.textContent!.trim() ?? '', values: cells.map((c) => c.dataset.value) };
    }),
  };
};

/** A fill for a series: its colour, overlaid with white hatching or dots for the 2nd and 3rd series. */
const fillOf = (style: SeriesStyle): string | CanvasPattern => {
  if (style.pattern === 'solid') return style.colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return style.colour;
  ctx.fillStyle = style.colour;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = ctx.fillStyle = 'rgba(255,255,255,0.75)';
  ctx.lineWidth = 1.5;
  if (style.pattern === 'hatch') {
    ctx.beginPath();
    ctx.moveTo(-2, 10);
    ctx.lineTo(10, -2);
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(6, 10);
    ctx.lineTo(10, 6);
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(4, 4, 1.6, 0, 2 * Math.PI);
    ctx.fill();
  }
  return ctx.createPattern(tile, 'repeat') ?? style.colour;
};

/** Writes each bar's value at its end, so the numbers are on the chart itself, not only in colour and length. */
const valueLabels = (label: (v: number) => string, horizontal: boolean): Plugin<'bar'> => ({
  id: 'ntmValueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = INK;
    ctx.font = `600 12px ${Chart.defaults.font.family}`;
    ctx.textAlign = horizontal ? 'left' : 'center';
    ctx.textBaseline = horizontal ? 'middle' : 'bottom';
    chart.data.datasets.forEach((dataset, i) => {
      chart.getDatasetMeta(i).data.forEach((bar, j) => {
        const v = dataset.data[j];
        if (typeof v !== 'number') return;
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        ctx.fillText(label(v), horizontal ? x + 4 : x, horizontal ? y : y - 3);
      });
    });
    ctx.restore();
  },
});

/** Draws the chart of `figure` once; later calls do nothing. */
export function renderChart(figure: HTMLElement): void {
  const table = figure.querySelector('table');
  const box = figure.querySelector<HTMLElement>('[data-chart-box]');
  if (!table || !box || box.querySelector('canvas')) return;
  const axis = figure.dataset.chartAxis === 'y' ? 'y' : 'x';
  const unit = figure.dataset.chartUnit ?? '';
  const decimals = figure.dataset.chartDecimals ? Number(figure.dataset.chartDecimals) : undefined;
  const max = figure.dataset.chartMax ? Number(figure.dataset.chartMax) : undefined;
  const data = chartData(readTable(table));
  if (!data.labels.length) return;

  const styles = data.datasets.map((_, i) => seriesStyle(i));
  if (data.datasets.length > 1) {
    box.append(
      h('ul', { class: 'chart-legend', 'aria-hidden': 'true' }, ...data.datasets.map((d, i) => h('li', {}, h('span', { class: `chart-swatch series-${i % 3}` }), d.label))),
    );
  }
  const frame = h('div', { class: 'chart-frame' });
  const canvas = h('canvas', { role: 'img', 'aria-label': figure.dataset.chartAlt ?? '' });
  frame.append(canvas);
  box.append(frame);
  box.hidden = false;
  // CSSOM, not a style attribute in the markup: allowed by a Content-Security-Policy without 'unsafe-inline'.
  frame.style.height = `${chartHeight(data, axis)}px`;

  const label = (v: number) => formatQuantity(v, unit, decimals === undefined ? {} : { decimals });
  const valueAxis = axis === 'x' ? 'y' : 'x';
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      // Long names beside horizontal bars go on two or three lines.
      labels: axis === 'y' ? data.labels.map((l) => wrapLabel(l)) : data.labels,
      datasets: data.datasets.map((d, i) => ({
        label: d.label,
        data: d.data,
        backgroundColor: fillOf(styles[i]!),
        borderColor: styles[i]!.colour,
        borderWidth: 1.5,
        maxBarThickness: 44,
      })),
    },
    options: {
      indexAxis: axis,
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      // Room for the value labels beyond the longest bar.
      layout: { padding: axis === 'y' ? { right: 112, left: 4 } : { top: 22 } },
      scales: {
        [valueAxis]: {
          type: 'linear',
          beginAtZero: true,
          ...(max !== undefined ? { max } : {}),
          grid: { color: GRID },
          ticks: { color: MUTED, callback: (v: number | string) => (typeof v === 'number' ? `${formatNumber(v)}${unit === '%' ? '%' : ''}` : v) },
        },
        [axis]: { type: 'category', grid: { display: false }, ticks: { color: INK, autoSkip: false } },
      },
    },
    plugins: [valueLabels(label, axis === 'y')],
  });
  const labels = (chart.data.labels ?? []).map((l) => (Array.isArray(l) ? l.join(' ') : String(l)));
  canvas.dataset.chartData = JSON.stringify({ labels, datasets: chart.data.datasets.map((d) => ({ label: d.label, data: d.data })) });
  figure.dataset.chartReady = 'true';
}
