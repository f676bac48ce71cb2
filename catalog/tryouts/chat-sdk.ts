import * as v from 'valibot';
import { choice, fields, flag, integer, text } from '../fields';
import { SANDBOX_IDS } from '../sandbox-ids';
import type { TryoutOptions } from '../types';

// The options of `new CozeWebSDK.WebChatClient(options)`, as Coze's docs (安装并使用 Chat SDK) list
// them, less what a form cannot hold: `auth` (the token comes from the connection, never the form
// or the embed code), `ui.chatBot.el` (an element of your page) and the callbacks.

const idPattern = v.regex(/^\d+$/, 'An id is a string of digits');

/** `config`: which agent (or app) the widget talks to. */
const ConfigSchema = v.pipe(
  v.object({
    type: v.optional(
      choice(['bot', 'app'], '`bot` (the default) talks to an agent by `bot_id`; `app` to a Coze app by `appInfo`.', [
        'bot',
      ]),
    ),
    bot_id: v.optional(
      v.pipe(
        v.string(),
        idPattern,
        v.description(
          "The agent's id, from its URL in the Coze editor (after `bot/`). The agent must be published to the Chat SDK channel.",
        ),
        v.examples([SANDBOX_IDS.bot]),
      ),
    ),
    appInfo: v.optional(
      fields(
        {
          appId: v.pipe(v.string(), idPattern, v.description("The app's id (after `project-ide/` in its URL).")),
          workflowId: v.pipe(v.string(), idPattern, v.description('The chatflow or workflow the app chats through.')),
        },
        'For `type: app`: the Coze app and its chatflow. The app must be published to the Chat SDK channel.',
      ),
    ),
  }),
  v.description('Which agent or app the widget talks to.'),
  v.check(
    (config) => (config.type === 'app' ? config.appInfo !== undefined : Boolean(config.bot_id)),
    'Give `bot_id` for an agent, or `type: app` with `appInfo`',
  ),
);

/** `userInfo`: who is chatting, as the widget shows and sends it. */
const UserInfoSchema = fields(
  {
    id: v.optional(
      text("Your user's id on your site; sent as the chat's `user_id`. Without it the SDK makes one up per device.", [
        'user-123',
      ]),
    ),
    url: v.optional(
      v.pipe(v.string(), v.url('An avatar must be a URL'), v.description("The user's avatar: a public image URL.")),
    ),
    nickname: v.optional(text("The name shown beside the user's messages.", ['Ada'])),
  },
  'The user chatting: id, avatar and nickname.',
);

/** `ui`: how the widget looks. */
const UiSchema = fields(
  {
    base: v.optional(
      fields(
        {
          icon: v.optional(
            v.pipe(
              v.string(),
              v.url('The icon must be a URL'),
              v.description(
                "The icon of the ball and the window's title bar: a public image URL. Without it, the Coze icon.",
              ),
            ),
          ),
          layout: v.optional(
            choice(
              ['pc', 'mobile'],
              '`pc`: a window at the bottom right; `mobile`: the window fills the screen. Without it, the SDK picks by device.',
              ['pc'],
            ),
          ),
          lang: v.optional(choice(['en', 'zh-CN'], "The language of the widget's own texts (buttons, hints).", ['en'])),
          zIndex: v.optional(integer('The z-index of the ball and the window, to keep them above your page.', [1000])),
        },
        'The whole widget: icon, layout, language and stacking.',
      ),
    ),
    asstBtn: v.optional(
      fields(
        {
          isNeed: v.optional(
            flag(
              'Show the floating ball at the bottom right (the default). Without it, open the window with `showChatBot()`.',
              [true],
            ),
          ),
        },
        'The floating ball.',
      ),
    ),
    header: v.optional(
      fields(
        {
          isShow: v.optional(flag('Show the title bar (the default).', [true])),
          isNeedClose: v.optional(flag('Show the close button in the title bar (the default).', [true])),
        },
        "The window's title bar.",
      ),
    ),
    chatBot: v.optional(
      fields(
        {
          title: v.optional(text("The window's title. Without it, `Coze Bot`.", ['Playground helper'])),
          uploadable: v.optional(
            flag("Let the user attach files (the default); the agent's model must read them.", [true]),
          ),
          width: v.optional(integer("The window's width on PC, in px (default 460).", [460])),
        },
        'The chat window: title, file upload and width.',
      ),
    ),
    footer: v.optional(
      fields(
        {
          isShow: v.optional(flag('Show the line under the input (the default).', [true])),
          expressionText: v.optional(
            text('The footer text, in place of `Powered by coze`.', ['Answers are AI-generated']),
          ),
        },
        'The line under the input.',
      ),
    ),
  },
  'How the widget looks.',
);

/**
 * The Chat SDK's options the try-out edits: one schema for the form, the docs table, validation,
 * the embed code and both runs (the official widget's options, our sandbox widget's looks).
 */
export const ChatSdkOptionsSchema = v.object({
  config: ConfigSchema,
  userInfo: v.optional(UserInfoSchema),
  ui: v.optional(UiSchema),
});

export type ChatSdkOptions = v.InferOutput<typeof ChatSdkOptionsSchema>;

/** What the try-out form starts with: the sandbox's agent, a user and a titled window. */
export const CHAT_SDK_EXAMPLE: ChatSdkOptions = {
  config: { type: 'bot', bot_id: SANDBOX_IDS.bot },
  userInfo: { id: 'user-123', nickname: 'Ada' },
  ui: {
    base: { layout: 'pc', lang: 'en', zIndex: 1000 },
    asstBtn: { isNeed: true },
    chatBot: { title: 'Playground helper', uploadable: true, width: 460 },
  },
};

/** The module the try-out loads at /endpoints/tryout-chat-sdk.js: the schema and the form's first values. */
export default { schema: ChatSdkOptionsSchema, example: CHAT_SDK_EXAMPLE } satisfies TryoutOptions<ChatSdkOptions>;
