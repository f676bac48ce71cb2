/** Chinese for the `enterprise` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const ENTERPRISE: readonly (readonly [string, string])[] = [];
