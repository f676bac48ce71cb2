/** Chinese for the `auth` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const AUTH: readonly (readonly [string, string])[] = [];
