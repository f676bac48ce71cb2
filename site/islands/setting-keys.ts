// Where the playground keeps its connection settings in Web Storage: connection.ts reads and writes
// them; wake.ts checks the first two at load, since either changes what the form shows.

/** The user's Coze token (sessionStorage, or localStorage when remembered). */
export const TOKEN_KEY = 'coze-playground.token';
/** The chosen region (localStorage). */
export const REGION_KEY = 'coze-playground.region';
/** This browser's made-up sandbox token (localStorage). */
export const SANDBOX_TOKEN_KEY = 'coze-playground.sandbox-token';
