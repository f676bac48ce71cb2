/**
 * Where Coze serves its browser SDKs, by region: one contract for the embed code the site writes and
 * the try-out frame's Content-Security-Policy the worker sends. Versions are the ones Coze's docs
 * install (安装并使用 Chat SDK: 1.2.0-beta.20; 安装并使用 Web SDK: 0.1.0), read 2026-12.
 */

/** The regions the official SDKs run in (the sandbox runs our own widget instead). */
export type SdkRegion = 'cn' | 'com';

/** The Chat SDK (`CozeWebSDK.WebChatClient`) version the embed code and the frame load. */
export const CHAT_SDK_VERSION = '1.2.0-beta.20';

/** The low-code Web SDK (`CozeWebSDK.AppWebSDK`) version; Coze documents it for coze.cn only. */
export const WEB_SDK_VERSION = '0.1.0';

/**
 * The folder of the Chat SDK build for a region: the entry and the chunks it loads on demand.
 * coze.cn serves `libs/cn` from lf-cdn.coze.cn; coze.com serves `libs/oversea` from sf-cdn.coze.com.
 * @example chatSdkFolder('cn') // 'https://lf-cdn.coze.cn/obj/unpkg/flow-platform/chat-app-sdk/1.2.0-beta.20/libs/cn/'
 */
export function chatSdkFolder(region: SdkRegion, version = CHAT_SDK_VERSION): string {
  return region === 'cn'
    ? `https://lf-cdn.coze.cn/obj/unpkg/flow-platform/chat-app-sdk/${version}/libs/cn/`
    : `https://sf-cdn.coze.com/obj/unpkg-va/flow-platform/chat-app-sdk/${version}/libs/oversea/`;
}

/** The Chat SDK's entry script for a region. */
export function chatSdkScript(region: SdkRegion, version = CHAT_SDK_VERSION): string {
  return `${chatSdkFolder(region, version)}index.js`;
}

/** The folder of the Web SDK build (coze.cn). */
export function webSdkFolder(version = WEB_SDK_VERSION): string {
  return `https://lf-cdn.coze.cn/obj/unpkg/flow-platform/builder-web-sdk/${version}/dist/umd/`;
}

/** The Web SDK's entry script. */
export function webSdkScript(version = WEB_SDK_VERSION): string {
  return `${webSdkFolder(version)}index.js`;
}

/** Coze's OpenAPI host of a region: what the SDKs call for chats, files and conversations. */
export const SDK_API_HOSTS: Readonly<Record<SdkRegion, string>> = {
  cn: 'https://api.coze.cn',
  com: 'https://api.coze.com',
};

/** The regions an SDK runs in with Coze (the Web SDK is documented for coze.cn only). */
export function sdkRegions(sdk: 'chat-sdk' | 'web-sdk'): readonly SdkRegion[] {
  return sdk === 'chat-sdk' ? ['cn', 'com'] : ['cn'];
}
