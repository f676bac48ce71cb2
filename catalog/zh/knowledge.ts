/** Chinese for the `knowledge` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const KNOWLEDGE: readonly (readonly [string, string])[] = [];
