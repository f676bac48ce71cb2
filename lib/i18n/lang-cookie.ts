/** The cookie that remembers an explicit language choice: the switch sets it, the worker reads it first. */
export const LANG_COOKIE = 'lang';
