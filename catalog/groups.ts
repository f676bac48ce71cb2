import type { Group, Subgroup } from './types';

/** Groups of the API reference, in the Coze docs' order. */
export const GROUPS: readonly Group[] = [
  { id: 'auth', titleZh: '鉴权', titleEn: 'Authentication' },
  { id: 'bot', titleZh: '智能体和应用', titleEn: 'Agents and apps' },
  { id: 'workspace', titleZh: '工作空间', titleEn: 'Workspaces' },
  { id: 'folder', titleZh: '文件夹', titleEn: 'Folders' },
  { id: 'enterprise', titleZh: '企业/组织', titleEn: 'Enterprises and organizations' },
  { id: 'conversation', titleZh: '会话与消息', titleEn: 'Conversations and messages' },
  { id: 'chat', titleZh: '对话', titleEn: 'Chat' },
  { id: 'workflow', titleZh: '工作流', titleEn: 'Workflows' },
  { id: 'file', titleZh: '文件', titleEn: 'Files' },
  { id: 'audio', titleZh: '智能音视频', titleEn: 'Audio and video' },
  { id: 'knowledge', titleZh: '知识库', titleEn: 'Knowledge bases' },
  { id: 'database', titleZh: '数据库', titleEn: 'Databases' },
  { id: 'plugins', titleZh: '插件', titleEn: 'Plugins' },
  { id: 'variables', titleZh: '变量', titleEn: 'Variables' },
  { id: 'channels', titleZh: '渠道', titleEn: 'Channels' },
  { id: 'end-user-quota', titleZh: '终端用户配额管控', titleEn: 'End-user quotas' },
  { id: 'billing', titleZh: '账单与权益', titleEn: 'Billing and benefits' },
  { id: 'callbacks', titleZh: '回调', titleEn: 'Callbacks' },
  { id: 'deprecated', titleZh: '历史版本接口', titleEn: 'Deprecated APIs' },
  { id: 'errors', titleZh: '错误码', titleEn: 'Error codes' },
  { id: 'faq', titleZh: 'API 常见问题', titleEn: 'API FAQ' },
  { id: 'models', titleZh: '模型能力差异', titleEn: 'Model capability differences' },
  { id: 'best-practices', titleZh: '最佳实践', titleEn: 'Best practices' },
  { id: 'sdk', titleZh: 'SDK', titleEn: 'SDKs' },
];

/** The subgroups of 智能音视频, in the Coze docs' order. */
export const SUBGROUPS: readonly Subgroup[] = [
  { id: 'tts', titleZh: 'ASR、TTS 与音色', titleEn: 'Speech recognition, synthesis and voices' },
  { id: 'rtc', titleZh: 'RTC 语音', titleEn: 'RTC voice' },
  { id: 'websocket', titleZh: 'WebSocket 语音', titleEn: 'WebSocket voice' },
  { id: 'voiceprint', titleZh: '声纹识别', titleEn: 'Voiceprints' },
];
