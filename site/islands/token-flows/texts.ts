import type { Texts } from '../../../lib/i18n/lang';

/** Every string of the token flows, in both languages (Coze's Chinese docs' terms: 访问令牌, 授权). */
export const FLOW_TEXTS: Texts<{
  title: string;
  close: string;
  flows: { pkce: string; device: string; jwt: string };
  flowNotes: { pkce: string; device: string; jwt: string };
  clientId: string;
  appId: string;
  kid: string;
  privateKey: string;
  privateKeyNote: string;
  keepKey: string;
  useTestKey: string;
  sessionName: string;
  duration: string;
  redirectNote: (uri: string) => string;
  authorize: string;
  startDevice: string;
  cancel: string;
  deviceShow: string;
  deviceOpen: string;
  deviceSandbox: string;
  polling: (seconds: number) => string;
  sign: string;
  working: string;
  from: { pkce: string; device: string; jwt: string };
  expiresAt: (time: string, left: string) => string;
  expired: string;
  refresh: string;
  renewsItself: string;
  needKey: string;
  stateMismatch: string;
  denied: (error: string) => string;
  failed: (code: string, message: string) => string;
  got: string;
  deviceExpired: string;
  keyErrors: { pkcs1: string; 'not-pem': string; 'not-rsa': string };
}> = {
  en: {
    title: 'Get a token',
    close: 'Close',
    flows: { pkce: 'OAuth PKCE', device: 'Device code', jwt: 'JWT (service app)' },
    flowNotes: {
      pkce: 'Sign in on Coze’s consent page; it sends you back here with a code, which is exchanged through the relay.',
      device: 'Coze shows a code to enter on its verification page; this page polls until you have.',
      jwt: 'Your service app’s private key signs a JWT in this browser; only the signed JWT is sent.',
    },
    clientId: 'Client id of the OAuth app',
    appId: 'App id',
    kid: 'Public key fingerprint (kid)',
    privateKey: 'Private key (PKCS#8 PEM)',
    privateKeyNote: 'Stays in this page: it is never sent, and kept only if you tick the box below.',
    keepKey: 'Keep the private key in this browser (to re-sign when the token expires)',
    useTestKey: 'Use the sandbox’s published test key',
    sessionName: 'session_name (optional)',
    duration: 'Token lifetime (seconds)',
    redirectNote: (uri) => `Redirect URL (register it on your OAuth app): ${uri}`,
    authorize: 'Authorize',
    startDevice: 'Get a device code',
    cancel: 'Cancel',
    deviceShow: 'Enter this code:',
    deviceOpen: 'on the verification page',
    deviceSandbox: 'The sandbox plays the user and approves by the next poll.',
    polling: (seconds) => `Waiting for approval; polling every ${seconds} s…`,
    sign: 'Sign and get a token',
    working: 'Working…',
    from: { pkce: 'Token from OAuth PKCE', device: 'Token from the device flow', jwt: 'Token from a JWT' },
    expiresAt: (time, left) => `expires at ${time} (in ${left})`,
    expired: 'has expired',
    refresh: 'Refresh now',
    renewsItself: 'Renewed by itself shortly before it expires.',
    needKey: 'To re-sign, open “Get a token” and paste the private key again (it was not kept).',
    stateMismatch: 'The state sent back does not match the one sent: the code was not exchanged.',
    denied: (error) => `The authorization was refused (${error}).`,
    failed: (code, message) => `Failed: ${code}: ${message}`,
    got: 'The token is in the Token field.',
    deviceExpired: 'The device code expired before it was approved: get a new one.',
    keyErrors: {
      pkcs1:
        'This is a PKCS#1 key (BEGIN RSA PRIVATE KEY): convert it with `openssl pkcs8 -topk8 -nocrypt -in key.pem`.',
      'not-pem': 'Paste the private key as PEM: -----BEGIN PRIVATE KEY----- … -----END PRIVATE KEY-----.',
      'not-rsa': 'The key is not an RSA private key that can sign RS256.',
    },
  },
  zh: {
    title: '获取令牌',
    close: '关闭',
    flows: { pkce: 'OAuth PKCE', device: '设备授权', jwt: 'JWT（服务类应用）' },
    flowNotes: {
      pkce: '在扣子的授权页登录并同意授权，页面会带着授权码返回这里，授权码经中继换取访问令牌。',
      device: '扣子给出一个验证码，请在其验证页面输入；本页会持续轮询，直到授权完成。',
      jwt: '服务类应用的私钥在本浏览器中为 JWT 签名，只发送签好名的 JWT。',
    },
    clientId: 'OAuth 应用的客户端 ID',
    appId: '应用 ID',
    kid: '公钥指纹（kid）',
    privateKey: '私钥（PKCS#8 PEM）',
    privateKeyNote: '私钥只留在本页：从不发送；只有勾选下方选项才会保存。',
    keepKey: '在本浏览器中保存私钥（令牌过期时重新签名）',
    useTestKey: '使用沙盒公开的测试密钥',
    sessionName: 'session_name（可选）',
    duration: '令牌有效期（秒）',
    redirectNote: (uri) => `回调地址（请在 OAuth 应用中登记）：${uri}`,
    authorize: '去授权',
    startDevice: '获取设备验证码',
    cancel: '取消',
    deviceShow: '请输入验证码：',
    deviceOpen: '验证页面',
    deviceSandbox: '沙盒模拟用户操作，会在下一次轮询时批准授权。',
    polling: (seconds) => `等待授权，每 ${seconds} 秒轮询一次…`,
    sign: '签名并获取令牌',
    working: '处理中…',
    from: { pkce: '访问令牌来自 OAuth PKCE', device: '访问令牌来自设备授权', jwt: '访问令牌来自 JWT' },
    expiresAt: (time, left) => `${time} 过期（剩余 ${left}）`,
    expired: '已过期',
    refresh: '立即刷新',
    renewsItself: '过期前会自动续期。',
    needKey: '需要重新签名：请打开“获取令牌”再次粘贴私钥（私钥未保存）。',
    stateMismatch: '返回的 state 与发出的不一致：未换取令牌。',
    denied: (error) => `授权被拒绝（${error}）。`,
    failed: (code, message) => `失败：${code}：${message}`,
    got: '访问令牌已填入令牌字段。',
    deviceExpired: '设备验证码在授权前已过期：请重新获取。',
    keyErrors: {
      pkcs1: '这是 PKCS#1 格式的私钥（BEGIN RSA PRIVATE KEY）：请用 `openssl pkcs8 -topk8 -nocrypt -in key.pem` 转换。',
      'not-pem': '请以 PEM 格式粘贴私钥：-----BEGIN PRIVATE KEY----- … -----END PRIVATE KEY-----。',
      'not-rsa': '该私钥不是可用于 RS256 签名的 RSA 私钥。',
    },
  },
};
