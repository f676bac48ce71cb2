/** Chinese for the `end-user-quota` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const END_USER_QUOTA: readonly (readonly [string, string])[] = [];
