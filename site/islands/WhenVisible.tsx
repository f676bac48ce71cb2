import { createSignal, onCleanup, onMount, Show, type JSX } from 'solid-js';

/** Ways someone reaches for a panel's placeholder. */
const REACH_EVENTS = ['pointerover', 'focusin', 'touchstart', 'click'] as const;

/**
 * Renders its children once someone goes to the panel: scrolls it near the viewport, or reaches
 * for its placeholder (pointer, focus, tap). A panel already in view when the live playground
 * starts (every panel, on a short page) waits for one of those too, so starting the playground
 * loads the form alone and stays within its budget (budgets.json, test/browser/js-fetched.test.ts).
 */
export default function WhenVisible(props: { children: JSX.Element; placeholder: string; testId: string }) {
  const [visible, setVisible] = createSignal(false);
  let anchor: HTMLDivElement | undefined;
  onMount(() => {
    if (typeof IntersectionObserver === 'undefined') return setVisible(true);
    let near = false;
    let first = true;
    const observer = new IntersectionObserver(
      (entries) => {
        near = entries.some((entry) => entry.isIntersecting);
        // In view from the start: that is the page's layout, not someone going there.
        if (near && !first) show();
        first = false;
      },
      { rootMargin: '300px' },
    );
    const onScroll = () => {
      if (near) show();
    };
    const show = () => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
      setVisible(true);
    };
    observer.observe(anchor!);
    window.addEventListener('scroll', onScroll, { passive: true });
    for (const name of REACH_EVENTS) anchor!.addEventListener(name, show, { once: true });
    onCleanup(() => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
    });
  });
  return (
    <Show
      when={visible()}
      fallback={
        <div ref={anchor} class="pg-panel pg-muted" data-testid={props.testId} tabIndex={0}>
          {props.placeholder}
        </div>
      }
    >
      {props.children}
    </Show>
  );
}
