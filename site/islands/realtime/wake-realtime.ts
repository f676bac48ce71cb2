// Starts the live session panel of a WebSocket page (`[data-realtime]`) on first use: a pointer
// over it, focus into it, a tap or a click. Run by the page's one starter script (PlaygroundRoot).

/** Wires one static live-session shell to load the panel when someone reaches for it. */
export function wakeRealtime(root: HTMLElement): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    root.setAttribute('aria-busy', 'true');
    import('./mount-session')
      .then((live) => live.mountSession(root))
      .catch((error: Error) => {
        // Offline, or a deploy replaced the files: say so, and try again on the next interaction.
        started = false;
        root.dataset.failure = `The live session could not start: ${error.message}`;
      })
      .finally(() => root.removeAttribute('aria-busy'));
  };
  for (const type of ['pointerover', 'focusin', 'touchstart', 'click'] as const)
    root.addEventListener(type, start, { passive: true });
}
