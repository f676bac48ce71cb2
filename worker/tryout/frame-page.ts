import {
  SDK_API_HOSTS,
  chatSdkFolder,
  chatSdkScript,
  sdkRegions,
  webSdkFolder,
  webSdkScript,
  type SdkRegion,
} from '../../lib/tryout/sdk-cdn';

/** The SDKs whose official build runs in a try-out frame. */
export type FrameSdk = 'chat-sdk' | 'web-sdk';

/** What one frame page is for: the SDK, the region, and the image origins its options name. */
export interface FrameRequest {
  readonly sdk: FrameSdk;
  readonly region: SdkRegion;
  /** `https:` origins of the icon and avatars the options give (the user's own images). */
  readonly imageOrigins: readonly string[];
  /** The playground's origin: the only one the frame takes messages from and reports to. */
  readonly parentOrigin: string;
}

/**
 * The image hosts the SDKs show pictures from, by region: their default icons and avatars (Coze's web
 * CDN and the SDK's asset bucket: lf-coze-web-cdn.coze.cn and lf3-static.bytednsdoc.com for coze.cn,
 * sf-coze-web-cdn.coze.com and sf16-sg.tiktokcdn.com for coze.com), and the signed URLs Coze answers
 * with for agent icons and uploaded images (ByteDance's image CDNs under the region's Coze domain,
 * byteimg.com and, for coze.com, tiktokcdn.com).
 */
const IMAGE_HOSTS: Readonly<Record<SdkRegion, readonly string[]>> = {
  cn: [
    'https://lf-coze-web-cdn.coze.cn',
    'https://lf3-static.bytednsdoc.com',
    'https://*.coze.cn',
    'https://*.byteimg.com',
  ],
  com: [
    'https://sf-coze-web-cdn.coze.com',
    'https://sf16-sg.tiktokcdn.com',
    'https://*.coze.com',
    'https://*.tiktokcdn.com',
    'https://*.byteimg.com',
  ],
};

/** The pages of Coze a frame may show: an app run as an iframe (`isIframe`, the Web SDK's app). */
const PAGE_HOSTS: Readonly<Record<SdkRegion, string>> = { cn: 'https://*.coze.cn', com: 'https://*.coze.com' };

/**
 * The script the frame runs: it waits for the playground (its parent, by origin) to send the options
 * and the token, loads the SDK from Coze's CDN and starts it, and reports each step back. A sandboxed
 * frame has an opaque origin where storage throws; the SDKs keep their ids there, so they get a
 * store in memory for the session. Fixed text, so the policy admits it by its hash.
 */
export const FRAME_SCRIPT = `(function () {
  var config = JSON.parse(document.getElementById('tryout-config').textContent);
  function tell(state, detail) {
    parent.postMessage({ channel: 'coze-tryout', state: state, detail: detail || '' }, config.parentOrigin);
  }
  function memoryStorage() {
    var items = new Map();
    return {
      get length() { return items.size; },
      key: function (index) { var keys = Array.from(items.keys()); return index < keys.length ? keys[index] : null; },
      getItem: function (key) { return items.has(String(key)) ? items.get(String(key)) : null; },
      setItem: function (key, value) { items.set(String(key), String(value)); },
      removeItem: function (key) { items.delete(String(key)); },
      clear: function () { items.clear(); }
    };
  }
  ['localStorage', 'sessionStorage'].forEach(function (name) {
    try { void window[name].length; } catch (error) {
      Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
    }
  });
  var started = false;
  window.addEventListener('message', function (event) {
    if (event.source !== parent || event.origin !== config.parentOrigin) return;
    var data = event.data;
    if (!data || data.channel !== 'coze-tryout' || data.type !== 'run' || started) return;
    started = true;
    var script = document.createElement('script');
    script.src = config.script;
    script.onload = function () {
      try {
        var sdk = window.CozeWebSDK;
        var token = String(data.token);
        if (config.sdk === 'web-sdk') {
          new sdk.AppWebSDK(Object.assign({}, data.options, { token: token, container: '#app' }));
        } else {
          var auth = { type: 'token', token: token, onRefreshToken: function () { return token; } };
          new sdk.WebChatClient(Object.assign({}, data.options, { auth: auth }));
        }
        tell('running');
      } catch (error) {
        tell('failed', String((error && error.message) || error));
      }
    };
    script.onerror = function () { tell('cdn-unreachable', config.script); };
    document.head.appendChild(script);
  });
  tell('ready');
})();`;

/** The SHA-256 of {@link FRAME_SCRIPT}, base64, for the policy's `script-src`. */
export async function frameScriptHash(): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(FRAME_SCRIPT));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/**
 * The frame's Content-Security-Policy: its own script (by hash) and the SDK's folder on Coze's CDN,
 * Coze's API for the region, Coze's image and page hosts, the user's own image origins, and nothing
 * of the playground (no `'self'` anywhere). The page runs sandboxed even when opened on its own, and
 * only the playground may frame it.
 * @example frameCsp({ sdk: 'chat-sdk', region: 'cn', imageOrigins: [], parentOrigin: 'https://p.example' }, 'abc=')
 */
export function frameCsp(request: FrameRequest, scriptHash: string): string {
  const folder = request.sdk === 'chat-sdk' ? chatSdkFolder(request.region) : webSdkFolder();
  const cdn = new URL(folder).origin;
  return [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}' ${folder}`,
    `style-src 'unsafe-inline' ${folder}`,
    `font-src ${folder} data:`,
    `img-src ${[folder, ...IMAGE_HOSTS[request.region], ...request.imageOrigins].join(' ')} data: blob:`,
    `media-src ${cdn} blob: data:`,
    `connect-src ${SDK_API_HOSTS[request.region]} ${folder}`,
    `frame-src ${PAGE_HOSTS[request.region]}`,
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
    'sandbox allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox',
  ].join('; ');
}

/** `<`, `>` and `&` escaped, so JSON inside a script element cannot end it. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The frame's HTML: an empty page with its configuration and the one script. */
export function frameHtml(request: FrameRequest): string {
  const script = request.sdk === 'chat-sdk' ? chatSdkScript(request.region) : webSdkScript();
  const config = { sdk: request.sdk, script, parentOrigin: request.parentOrigin };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Coze SDK try-out</title>
<style>html,body{margin:0;height:100%;background:transparent}#app{height:100%}</style>
<script type="application/json" id="tryout-config">${scriptSafeJson(config)}</script>
<script>${FRAME_SCRIPT}</script>
</head>
<body><div id="app"></div></body>
</html>
`;
}

/**
 * Reads a frame request from the route's SDK and query, or says what is wrong with it.
 * @example parseFrameRequest('chat-sdk', new URLSearchParams('region=cn'), 'https://p.example')
 */
export function parseFrameRequest(
  sdk: string,
  query: URLSearchParams,
  parentOrigin: string,
): FrameRequest | { readonly error: string; readonly notFound?: true } {
  if (sdk !== 'chat-sdk' && sdk !== 'web-sdk')
    return { error: `No try-out frame for ${JSON.stringify(sdk)}`, notFound: true };
  const region = query.get('region');
  const regions = sdkRegions(sdk);
  if (!regions.includes(region as SdkRegion))
    return {
      error: `region must be ${regions.join(' or ')} for ${sdk} (the sandbox runs the playground's own widget)`,
    };
  const imageOrigins: string[] = [];
  for (const value of (query.get('images') ?? '').split(',').filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return { error: `images: ${JSON.stringify(value)} is not a URL` };
    }
    // Origins only, over https, and never the playground's own: the frame admits nothing of ours.
    if (url.protocol !== 'https:' || url.origin !== value || url.origin === parentOrigin)
      return { error: `images: ${JSON.stringify(value)} must be an https origin other than the playground's` };
    if (!imageOrigins.includes(url.origin)) imageOrigins.push(url.origin);
  }
  if (imageOrigins.length > 4) return { error: 'images: at most 4 origins' };
  return { sdk, region: region as SdkRegion, imageOrigins, parentOrigin };
}
