/** Chinese for the `billing` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const BILLING: readonly (readonly [string, string])[] = [];
