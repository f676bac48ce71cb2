/** Chinese for the `workflow` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const WORKFLOW: readonly (readonly [string, string])[] = [];
