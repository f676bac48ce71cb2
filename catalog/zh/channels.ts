/** Chinese for the `channels` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const CHANNELS: readonly (readonly [string, string])[] = [];
