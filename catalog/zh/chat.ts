/** Chinese for the `chat` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const CHAT: readonly (readonly [string, string])[] = [];
