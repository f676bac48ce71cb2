/** Chinese for the `plugins` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const PLUGINS: readonly (readonly [string, string])[] = [];
