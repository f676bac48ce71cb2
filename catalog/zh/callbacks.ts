/** Chinese for the `callbacks` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const CALLBACKS: readonly (readonly [string, string])[] = [];
