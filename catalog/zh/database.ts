/** Chinese for the `database` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const DATABASE: readonly (readonly [string, string])[] = [];
