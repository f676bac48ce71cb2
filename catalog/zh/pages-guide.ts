/** Chinese for the `pages-guide` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const PAGES_GUIDE: readonly (readonly [string, string])[] = [];
