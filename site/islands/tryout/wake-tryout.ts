// Starts an SDK try-out (`[data-tryout]`) when someone reaches for it: a pointer over it (a tap is
// one too), focus into it, or a click. The form, the embed code and the run load then, not with the page.

/** Wires one static try-out shell to load its live panel on first use. */
export function wakeTryout(root: HTMLElement): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    root.setAttribute('aria-busy', 'true');
    import('./mount-tryout')
      .then((live) => live.mountTryout(root))
      .catch((error: Error) => {
        // Offline, or a deploy replaced the files: say so, and try again on the next interaction.
        started = false;
        root.dataset.failure = error.message;
      })
      .finally(() => root.removeAttribute('aria-busy'));
  };
  for (const type of ['pointerover', 'focusin', 'click'] as const)
    root.addEventListener(type, start, { passive: true });
}
