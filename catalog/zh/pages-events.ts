/** Chinese for the `pages-events` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const PAGES_EVENTS: readonly (readonly [string, string])[] = [];
