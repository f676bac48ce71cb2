import * as v from 'valibot';
import { fields, text } from '../fields';
import { SANDBOX_IDS } from '../sandbox-ids';
import type { TryoutOptions } from '../types';

// The options of `new CozeWebSDK.AppWebSDK(options)`, as Coze's docs (安装并使用 Web SDK) list them,
// less `token` (from the connection, never the form or the embed code) and `container` (the frame's).

/** The low-code Web SDK's options the try-out edits. */
export const WebSdkOptionsSchema = v.object({
  appId: v.pipe(
    v.string(),
    v.regex(/^\d+$/, 'An id is a string of digits'),
    v.description(
      "The low-code app's id (after `project-ide/` in its URL). The app must be published to the Web SDK channel.",
    ),
    v.examples([SANDBOX_IDS.app]),
  ),
  userInfo: v.optional(
    fields(
      {
        id: v.optional(text("Your user's id on your site. Without it the SDK makes one up.", ['user-123'])),
        url: v.optional(
          v.pipe(v.string(), v.url('An avatar must be a URL'), v.description("The user's avatar: a public image URL.")),
        ),
        nickname: v.optional(text('The name the app shows for the user.', ['Ada'])),
      },
      'The user of the app: id, avatar and nickname.',
    ),
  ),
  ui: v.optional(
    fields(
      {
        className: v.optional(
          text('A CSS class put on the iframe the SDK adds, for your own styles.', ['coze-app-sdk']),
        ),
      },
      'The iframe the app runs in.',
    ),
  ),
});

export type WebSdkOptions = v.InferOutput<typeof WebSdkOptionsSchema>;

/** What the try-out form starts with. */
export const WEB_SDK_EXAMPLE: WebSdkOptions = {
  appId: SANDBOX_IDS.app,
  userInfo: { id: 'user-123', nickname: 'Ada' },
};

/** The module the try-out loads at /endpoints/tryout-web-sdk.js: the schema and the form's first values. */
export default { schema: WebSdkOptionsSchema, example: WEB_SDK_EXAMPLE } satisfies TryoutOptions<WebSdkOptions>;
