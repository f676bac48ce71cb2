import { createSignal, onCleanup, onMount, Show, type JSX } from 'solid-js';

/**
 * Renders its children once the placeholder comes near the viewport, so a panel's code loads only
 * when someone scrolls to it.
 */
export default function WhenVisible(props: { children: JSX.Element; placeholder: string; testId: string }) {
  const [visible, setVisible] = createSignal(false);
  let anchor: HTMLDivElement | undefined;
  onMount(() => {
    if (typeof IntersectionObserver === 'undefined') return setVisible(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: '300px' },
    );
    observer.observe(anchor!);
    onCleanup(() => observer.disconnect());
  });
  return (
    <Show
      when={visible()}
      fallback={
        <div ref={anchor} class="pg-panel pg-muted" data-testid={props.testId}>
          {props.placeholder}
        </div>
      }
    >
      {props.children}
    </Show>
  );
}
