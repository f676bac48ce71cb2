import { ChatSdkOptionsSchema } from '../../tryouts/chat-sdk';
import type { DocPage } from '../../types';

/** Chat SDK: the chat widget (`CozeWebSDK.WebChatClient`), configured and run as Coze's playground does. */
const page: DocPage = {
  id: 'chat-sdk',
  group: 'sdk',
  titleZh: 'Chat SDK',
  titleEn: 'Chat SDK',
  kind: 'guide',
  summary:
    "Coze's chat widget for your website: a floating ball that opens a chat window with your agent. Set its options, copy the embed code, and press Run to chat with it here.",
  sections: [
    {
      kind: 'tryout',
      heading: 'Try it',
      sdk: 'chat-sdk',
      options: ChatSdkOptionsSchema,
    },
    {
      kind: 'text',
      heading: 'How Run works',
      paragraphs: [
        "Region `cn` or `com`: Run loads the official SDK from Coze's CDN into a frame of its own and starts it with your token, so you chat with your real agent exactly as a visitor of your site would. The frame is a page of its own whose Content-Security-Policy admits Coze's CDN and API and nothing of the playground; it runs sandboxed, and the token reaches it by `postMessage`, never in a URL.",
        "Region `sandbox`: no token and no internet needed. A widget of ours, shaped like the SDK's window, chats with the sandbox through the relay: answers stream in, suggested replies follow, files upload, and an agent that calls a local tool waits for your output, as the workbench does.",
        'The agent must be published to the Chat SDK channel, and the token needs the permissions the SDK uses: chat, getMetadata, the conversation and message permissions, uploadFile, and createTranscription and createSpeech for voice.',
      ],
    },
    {
      kind: 'text',
      heading: 'In your own site',
      paragraphs: [
        'A personal access token in a page is readable by every visitor: use one only to try things. In production, have your server issue a short-lived OAuth token (JWT, per user) and return it from `onRefreshToken`.',
        'The npm package `@coze/chat-sdk` is a different SDK, for Taro and H5 apps: a `ChatFramework` component with its own options, shown as the npm variant of the embed code.',
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'create-chat', note: 'The chat call the widget makes.' },
        { pageId: 'upload-file', note: 'How the widget uploads files.' },
        { pageId: 'best-practice-session-isolation', note: 'Each visitor their own conversations.' },
        { pageId: 'add-personal-access-token' },
      ],
    },
  ],
};

export default page;
