/** Chinese for the `deprecated` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const DEPRECATED: readonly (readonly [string, string])[] = [];
