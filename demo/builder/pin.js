// Keeps the preview and snippet in view while the settings scroll past (two-column layout only,
// see builder.css), but only while that column fits in the window: a pinned column taller than
// the window would hide its own end, the Copy button.
//
// Checked when the page scrolls or the window resizes (the only times pinning shows), not with a
// ResizeObserver: the column holds the chart elements, which re-render at a new height from their
// own ResizeObserver, and observing their ancestor would report a ResizeObserver loop error.

/** Toggles the `pinned` class on `column`; returns a function to check again now. */
export function pinWhileItFits(column) {
  let queued = false;
  const check = () => {
    queued = false;
    column.classList.toggle('pinned', column.offsetHeight + 32 <= window.innerHeight);
  };
  const later = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(check);
  };
  window.addEventListener('scroll', later, { passive: true });
  window.addEventListener('resize', later);
  later();
  return later;
}
