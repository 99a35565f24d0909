/* global document, window */
// (D) Highcharts with its accessibility module (loaded by the page), animation off, fixed size
// (no reflow), no tooltip, legend or credits, data labels on.
import { colors, describe, money } from './chart-text.js';
import { frames, medians, now, ready } from './harness.js';

const { Highcharts } = window;
const { title, bars } = await medians();
const stage = document.getElementById('stage');

function chart(container) {
  return Highcharts.chart(container, {
    chart: { type: 'bar', width: 480, height: 200, animation: false, reflow: false },
    title: { text: null },
    credits: { enabled: false },
    legend: { enabled: false },
    tooltip: { enabled: false },
    accessibility: { description: describe(title, bars) },
    // Whole labels, wrapped (not cut with an ellipsis), and ticks every $20,000, as on the others.
    xAxis: {
      categories: bars.map((b) => b.label),
      labels: { style: { width: '160px', textOverflow: 'none' } },
    },
    yAxis: {
      title: { text: null },
      tickInterval: 20000,
      labels: {
        formatter() {
          return money.format(this.value);
        },
      },
    },
    plotOptions: {
      series: {
        animation: false,
        dataLabels: {
          enabled: true,
          formatter() {
            return money.format(this.y);
          },
        },
      },
    },
    series: [
      {
        name: title,
        data: bars.map((b) => ({
          y: b.value,
          color: b.focus ? colors.focus : colors.bar,
          borderColor: colors.text,
          borderWidth: b.focus ? 2 : 0,
        })),
      },
    ],
  });
}

ready({
  async render(count) {
    await frames(2);
    const start = now();
    for (let index = 0; index < count; index += 1) {
      const cell = document.createElement('div');
      cell.className = 'cell';
      stage.append(cell);
      chart(cell);
    }
    await frames(2);
    const ms = now() - start;
    return { ms, drawn: stage.querySelectorAll('.highcharts-container svg').length };
  },
});
