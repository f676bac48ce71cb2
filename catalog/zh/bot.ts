/** Chinese for the `bot` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const BOT: readonly (readonly [string, string])[] = [];
