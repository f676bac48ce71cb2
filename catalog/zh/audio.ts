/** Chinese for the `audio` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const AUDIO: readonly (readonly [string, string])[] = [];
