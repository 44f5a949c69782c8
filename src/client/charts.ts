/**
 * Draws the Chart.js charts of a page (components/results/ChartFigure.astro), each only when it comes
 * near the viewport: this loader is a few hundred bytes; Chart.js and the drawing code
 * (./chart-render.ts) are fetched the first time a chart is about to be seen, never before. Without
 * JavaScript, or without IntersectionObserver, the tables in the figures remain: the chart is an extra.
 */
const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];

if (figures.length && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as HTMLElement);
      }
    },
    // Start a little before the chart scrolls in, so it is drawn by the time it is seen.
    { rootMargin: '300px 0px' },
  );
  for (const figure of figures) observer.observe(figure);
}

async function draw(figure: HTMLElement): Promise<void> {
  try {
    const { renderChart } = await import('./chart-render.ts');
    renderChart(figure);
  } catch (error) {
    // The table still holds every number; say why the chart is missing, for whoever debugs it.
    figure.dataset.chartError = String(error);
  }
}
