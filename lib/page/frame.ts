/**
 * Runs a function at most once an animation frame, however often it is
 * asked for (scroll and resize handlers).
 */
export function onceAFrame(win: Window, fn: () => void): { request: () => void; cancel: () => void } {
  let frame = 0;
  return {
    request() {
      if (frame) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        fn();
      });
    },
    cancel() {
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
