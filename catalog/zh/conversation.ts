/** Chinese for the `conversation` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const CONVERSATION: readonly (readonly [string, string])[] = [];
