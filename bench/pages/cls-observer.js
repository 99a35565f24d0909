/* global window, PerformanceObserver */
// A classic script in the head, so it observes before any module runs.
window.layoutShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.layoutShifts.push({
      value: entry.value,
      startTime: entry.startTime,
      hadRecentInput: entry.hadRecentInput,
      sources: (entry.sources ?? []).map((source) => {
        const node = source.node;
        const name = node?.localName ?? node?.nodeName ?? '?';
        const rect = (r) => `${Math.round(r.y)}+${Math.round(r.height)}`;
        return `${name}${node?.id ? `#${node.id}` : ''} y+h ${rect(source.previousRect)} -> ${rect(source.currentRect)}`;
      }),
    });
  }
}).observe({ type: 'layout-shift', buffered: true });
