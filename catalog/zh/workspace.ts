/** Chinese for the `workspace` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const WORKSPACE: readonly (readonly [string, string])[] = [];
