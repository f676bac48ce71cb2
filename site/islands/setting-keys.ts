// Where the playground keeps its connection settings in Web Storage: connection.ts reads and writes
// them; wake.ts checks the first two at load, since either changes what the form shows.

/** The user's Coze token (sessionStorage, or localStorage when remembered). */
export const TOKEN_KEY = 'coze-playground.token';
/** The chosen region (localStorage). */
export const REGION_KEY = 'coze-playground.region';
/** This browser's made-up sandbox token (localStorage). */
export const SANDBOX_TOKEN_KEY = 'coze-playground.sandbox-token';
/** A PKCE authorization under way (sessionStorage): verifier and state until the consent page returns. */
export const PKCE_PENDING_KEY = 'coze-playground.pkce-pending';
/** How the token in the field was obtained, when a token flow got it: expiry and how to renew (with the token). */
export const GRANT_KEY = 'coze-playground.token-grant';
/** The JWT flow's private key, only when the user chose to keep it in this browser (localStorage). */
export const JWT_KEY_KEY = 'coze-playground.jwt-key';
