/** Chinese for the `pages-reference` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const PAGES_REFERENCE: readonly (readonly [string, string])[] = [];
