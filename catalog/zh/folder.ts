/** Chinese for the `folder` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const FOLDER: readonly (readonly [string, string])[] = [];
