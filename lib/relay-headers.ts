// Header names of the relay's answers, read by the site: one spelling for both sides of the wire.

/** Names the history id of a relayed run (`GET /api/history/<id>` reads it back). */
export const RUN_ID_HEADER = 'x-playground-run-id';

/**
 * Carries an upstream redirect's `Location` to a browser: a browser's fetch follows a `Location` by
 * itself, so the relay hands it over under this name, to be shown and never followed.
 */
export const SHOWN_LOCATION_HEADER = 'x-playground-location';

/**
 * Carries the catalog schema's issues with a request the relay sent anyway (the upstream judges);
 * written and read by `lib/validation-header.ts`.
 */
export const VALIDATION_HEADER = 'x-playground-validation';
