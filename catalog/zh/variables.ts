/** Chinese for the `variables` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const VARIABLES: readonly (readonly [string, string])[] = [];
