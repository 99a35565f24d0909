/* global document */
// (A) The floor: the same 480x200 chart written by hand as an SVG string, no library.
import { colors, describe, lines, money } from './chart-text.js';
import { frames, medians, now, ready } from './harness.js';

const { title, bars } = await medians();
const stage = document.getElementById('stage');

const WIDTH = 480;
const HEIGHT = 200;
const LEFT = 178;
const RIGHT = 410;
const TOP = 8;
const BOTTOM = 172;
const escape = (text) =>
  String(text).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );

function chart() {
  const top = Math.ceil(Math.max(...bars.map((b) => b.value)) / 20000) * 20000;
  const x = (value) => LEFT + (value / top) * (RIGHT - LEFT);
  const band = (BOTTOM - TOP) / bars.length;
  const ticks = [];
  for (let value = 0; value <= top; value += 20000) ticks.push(value);
  let svg = `<svg width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="t" aria-describedby="d" font-size="13" font-family="system-ui, sans-serif"><title id="t">${escape(title)}</title><desc id="d">${escape(describe(title, bars))}</desc><g aria-hidden="true">`;
  for (const tick of ticks) {
    svg += `<line x1="${x(tick)}" x2="${x(tick)}" y1="${TOP}" y2="${BOTTOM}" stroke="${colors.grid}"/>`;
    svg += `<text x="${x(tick)}" y="${BOTTOM + 18}" text-anchor="middle" fill="${colors.text}">${money.format(tick)}</text>`;
  }
  bars.forEach((bar, index) => {
    const middle = TOP + band * index + band / 2;
    const text = lines(bar.label);
    const weight = bar.focus ? ' font-weight="700"' : '';
    text.forEach((line, n) => {
      const y = middle + (n - (text.length - 1) / 2) * 15 + 4;
      svg += `<text x="0" y="${y}"${weight} fill="${colors.text}">${escape(line)}</text>`;
    });
    const fill = bar.focus ? colors.focus : colors.bar;
    const outline = bar.focus ? ` stroke="${colors.text}" stroke-width="2"` : '';
    svg += `<rect x="${LEFT}" y="${middle - 12}" width="${x(bar.value) - LEFT}" height="24" fill="${fill}"${outline}/>`;
    svg += `<text x="${x(bar.value) + 4}" y="${middle + 4}"${weight} fill="${colors.text}">${money.format(bar.value)}</text>`;
  });
  svg += `<line x1="${LEFT}" x2="${LEFT}" y1="${TOP}" y2="${BOTTOM}" stroke="${colors.text}"/></g></svg>`;
  return svg;
}

ready({
  async render(count) {
    await frames(2);
    const start = now();
    for (let index = 0; index < count; index += 1) {
      const cell = document.createElement('div');
      cell.className = 'cell';
      cell.innerHTML = chart();
      stage.append(cell);
    }
    await frames(2);
    const ms = now() - start;
    return { ms, drawn: stage.querySelectorAll('svg').length };
  },
});
