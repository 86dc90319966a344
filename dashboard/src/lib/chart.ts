import Chart, { type ChartConfiguration } from "chart.js/auto";

/**
 * `use:chart={config}`: a chart.js chart on a canvas, redrawn when the config changes and
 * destroyed with the element, so that a page left open does not pile up charts. A live board
 * changes its data many times a second: the same chart takes the new data in place.
 */
export function chart(canvas: HTMLCanvasElement, config: ChartConfiguration) {
  let instance = new Chart(canvas, config);
  return {
    update(next: ChartConfiguration) {
      if ((instance.config as ChartConfiguration).type !== next.type) {
        instance.destroy();
        instance = new Chart(canvas, next);
        return;
      }
      instance.data = next.data;
      if (next.options) instance.options = next.options;
      instance.update("none");
    },
    destroy() {
      instance.destroy();
    },
  };
}

/** Bars of defects opened and resolved per day; counts, so the axis has whole numbers only. */
export function openedResolvedChart(
  perDay: readonly { day: string; opened: number; resolved: number }[],
  names: { opened: string; resolved: string },
): ChartConfiguration {
  return {
    type: "bar",
    data: {
      labels: perDay.map((d) => d.day.slice(5)),
      datasets: [
        { label: names.opened, data: perDay.map((d) => d.opened), backgroundColor: PALETTE[5] },
        { label: names.resolved, data: perDay.map((d) => d.resolved), backgroundColor: PALETTE[2] },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  };
}

/** Colours that read on light and dark backgrounds, and for the colour-blind (Okabe-Ito). */
export const PALETTE = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#F0E442",
  "#999999",
];
