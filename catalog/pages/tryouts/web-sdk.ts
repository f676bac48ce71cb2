import { WebSdkOptionsSchema } from '../../tryouts/web-sdk';
import type { DocPage } from '../../types';

/** Web SDK: a published low-code app (`CozeWebSDK.AppWebSDK`) embedded in a page. */
const page: DocPage = {
  id: 'web-sdk',
  group: 'sdk',
  titleZh: 'Web SDK',
  titleEn: 'Web SDK',
  kind: 'guide',
  summary:
    'Embeds a low-code Coze app, its whole user interface, in your page as an iframe. Set its options, copy the embed code, and press Run to open your app here.',
  sections: [
    {
      kind: 'tryout',
      heading: 'Try it',
      sdk: 'web-sdk',
      options: WebSdkOptionsSchema,
    },
    {
      kind: 'text',
      heading: 'How Run works',
      paragraphs: [
        "Region `cn`: Run loads the official Web SDK from Coze's CDN into a sandboxed frame of its own, whose Content-Security-Policy admits Coze's CDN, API and app pages and nothing of the playground, and starts it with your token (sent by `postMessage`, never in a URL). Coze documents the Web SDK for coze.cn only.",
        'Region `sandbox`: the sandbox has no low-code apps to show, so Run there shows what the SDK would be given and where to try a chat instead: the Chat SDK page.',
        'The app must be published to the Web SDK channel; the token needs chat, the conversation and message permissions, uploadFile and createTranscription.',
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [{ pageId: 'chat-sdk', note: 'The chat widget, for agents and apps.' }, { pageId: 'list-apps' }],
    },
  ],
};

export default page;
