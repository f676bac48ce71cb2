/** Chinese for the `file` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const FILE: readonly (readonly [string, string])[] = [];
