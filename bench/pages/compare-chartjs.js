/* global document */
// (C) Chart.js with only its bar-chart parts registered: horizontal bars, animation off, fixed
// size (not responsive: its cheapest path), no tooltip or legend (not registered), value labels
// drawn by a small inline plugin.
import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
import { colors, lines, money } from './chart-text.js';
import { frames, medians, now, ready } from './harness.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const { title, bars } = await medians();
const stage = document.getElementById('stage');

const valueLabels = {
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = colors.text;
    ctx.textBaseline = 'middle';
    chart.getDatasetMeta(0).data.forEach((bar, index) => {
      ctx.font = `${bars[index].focus ? 700 : 400} 13px system-ui, sans-serif`;
      ctx.fillText(money.format(bars[index].value), bar.x + 4, bar.y);
    });
    ctx.restore();
  },
};

function chart(canvas) {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: bars.map((b) => lines(b.label)),
      datasets: [
        {
          label: title,
          data: bars.map((b) => b.value),
          backgroundColor: bars.map((b) => (b.focus ? colors.focus : colors.bar)),
          borderColor: colors.text,
          borderWidth: bars.map((b) => (b.focus ? 2 : 0)),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: false,
      layout: { padding: { right: 60 } },
      scales: {
        x: {
          beginAtZero: true,
          ticks: { maxTicksLimit: 4, callback: (value) => money.format(value) },
        },
        y: {
          ticks: {
            font: (context) => ({ weight: bars[context.index]?.focus ? 'bold' : 'normal' }),
          },
        },
      },
    },
    plugins: [valueLabels],
  });
}

ready({
  async render(count) {
    await frames(2);
    const start = now();
    for (let index = 0; index < count; index += 1) {
      const cell = document.createElement('div');
      cell.className = 'cell';
      const canvas = document.createElement('canvas');
      canvas.width = 480;
      canvas.height = 200;
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', title);
      cell.append(canvas);
      stage.append(cell);
      chart(canvas);
    }
    await frames(2);
    const ms = now() - start;
    return { ms, drawn: stage.querySelectorAll('canvas').length };
  },
});
