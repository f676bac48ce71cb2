/**
 * The sandbox's stand-in for a model: replies built from templates, chosen by a hash of the input
 * (and of the `x-sandbox-seed` header when one is sent), so the same input always gets the same text.
 */

const HAN = /\p{Script=Han}/u;

/**
 * FNV-1a over UTF-16 code units: stable across runs and runtimes, so template choices never change.
 * @example hash('hello') // 1335831723
 */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** One of `options`, picked by a hash of `key`. */
export function pick<T>(options: readonly T[], key: string): T {
  return options[hash(key) % options.length]!;
}

/** Whether the text holds Chinese characters, so the reply can answer in kind. */
export function isChinese(text: string): boolean {
  return HAN.test(text);
}

/**
 * Splits text into the small pieces a model streams: a word with its leading space, or one or two
 * Chinese characters. The pieces join back to the exact text.
 * @example chunkText('Hi there') // ['Hi', ' there']
 */
export function chunkText(text: string): string[] {
  return text.match(/\s*(?:\p{Script=Han}{1,2}|[^\s\p{Script=Han}]{1,12})|\s+$/gu) ?? [];
}

/** A rough token count (about four Latin characters or one Chinese character per token). */
export function tokenCount(text: string): number {
  const han = [...text].filter((c) => HAN.test(c)).length;
  return Math.max(1, han + Math.ceil((text.length - han) / 4));
}

/**
 * The readable text of a message: itself for `text`, the text parts (and a count of files and
 * images) for an `object_string` array.
 */
export function plainTextOf(content: string, contentType: string | undefined): string {
  if (contentType !== 'object_string') return content;
  try {
    const parts = JSON.parse(content) as { type?: string; text?: string }[];
    if (!Array.isArray(parts)) return content;
    const texts = parts.filter((p) => p.type === 'text' && p.text).map((p) => p.text!);
    const files = parts.length - texts.length;
    return [...texts, files > 0 ? `[${files} attachment${files === 1 ? '' : 's'}]` : ''].filter(Boolean).join(' ');
  } catch {
    return content;
  }
}

function quote(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

const TIPS_EN = [
  'Tip: send stream=false and poll /v3/chat/retrieve to watch a chat move from in_progress to completed.',
  'Tip: /v3/chat/message/list returns every message this chat produced, follow-up suggestions included.',
  'Tip: clear the context with /v1/conversations/{id}/clear and the turn counter starts again.',
  'Tip: pass meta_data when you start a chat; Coze hands it back on the Chat object.',
  'Tip: every response carries an x-tt-logid header; quote it when you ask Coze support for help.',
];

const TIPS_ZH = [
  '提示：把 stream 设为 false，再轮询 /v3/chat/retrieve，可以看到对话从 in_progress 变成 completed。',
  '提示：/v3/chat/message/list 会返回本次对话产生的全部消息，包括推荐问题。',
  '提示：调用 /v1/conversations/{id}/clear 清除上下文后，轮次会重新计数。',
  '提示：每个响应都带有 x-tt-logid 响应头，联系扣子支持时请提供它。',
];

/** What the sandbox agent needs to know to answer one user turn. */
export interface AnswerInput {
  /** The user's last message as plain text. */
  readonly text: string;
  /** 1 for the first question in the conversation's current context section. */
  readonly turn: number;
  readonly botName: string;
  /** The `x-sandbox-seed` header, or empty. */
  readonly seed: string;
}

function keyOf(input: { text: string; seed: string }, salt: string): string {
  return `${salt}\n${input.seed}\n${input.text}`;
}

/**
 * The sandbox agent's reply: an echo of the question, a templated answer and a tip, in English or
 * Chinese after the question's language.
 */
export function answerFor(input: AnswerInput): string {
  const text = quote(input.text);
  if (isChinese(input.text)) {
    const opening = text ? `你说：“${text}”。` : '你发来了一条空消息。';
    const body = /[?？吗呢]$/.test(text)
      ? `好问题！这里是扣子 API 沙盒，没有真实模型参与，我用模板回答，所以同样的问题总会得到同样的回答。`
      : `收到。我是沙盒里的「${input.botName}」，会回显你的消息，并按真实智能体的事件顺序把回答发给你。`;
    return `${opening}${body}（这是当前上下文的第 ${input.turn} 轮。）${pick(TIPS_ZH, keyOf(input, 'tip'))}`;
  }
  const opening = text ? `You said: “${text}”.` : 'You sent an empty message.';
  const greeting = /^(hi|hello|hey|good (morning|afternoon|evening))\b/i.test(text);
  const body = greeting
    ? `Hello! I'm ${input.botName}, a simulated Coze agent. I answer from templates, so you can try every endpoint without a token or a model.`
    : /\?$/.test(text)
      ? `Good question. A real Coze agent would ask its model; the sandbox answers deterministically, so your code sees the same events, ids and usage fields every time.`
      : `Noted. I'm ${input.botName}, the sandbox agent: I echo what you send and wrap it in the same events a real Coze agent produces.`;
  return `${opening} ${body} (Turn ${input.turn} of this conversation's current context.) ${pick(TIPS_EN, keyOf(input, 'tip'))}`;
}

const FOLLOW_UPS_EN = [
  'How do I stream the answer?',
  'What does the usage field count?',
  'How do I continue this conversation?',
  'Can you show me the raw events?',
  'How do I upload a file?',
  'What happens when I cancel a chat?',
];

const FOLLOW_UPS_ZH = [
  '怎样流式获取回答？',
  'usage 字段统计的是什么？',
  '怎样继续这个会话？',
  '怎样上传文件？',
  '取消对话会发生什么？',
];

/** Suggested next questions after an answer: `count` distinct ones, chosen by the input. */
export function followUpsFor(input: { text: string; seed: string }, count = 3): string[] {
  const pool = isChinese(input.text) ? FOLLOW_UPS_ZH : FOLLOW_UPS_EN;
  const start = hash(keyOf(input, 'follow-up')) % pool.length;
  return Array.from({ length: Math.min(count, pool.length) }, (_, i) => pool[(start + i) % pool.length]!);
}

const KNOWN_CITIES: readonly [RegExp, string][] = [
  [/北京|beijing/i, 'Beijing'],
  [/上海|shanghai/i, 'Shanghai'],
  [/杭州|hangzhou/i, 'Hangzhou'],
  [/深圳|shenzhen/i, 'Shenzhen'],
  [/广州|guangzhou/i, 'Guangzhou'],
  [/成都|chengdu/i, 'Chengdu'],
  [/东京|tokyo/i, 'Tokyo'],
  [/singapore|新加坡/i, 'Singapore'],
  [/london|伦敦/i, 'London'],
  [/paris|巴黎/i, 'Paris'],
  [/new york|纽约/i, 'New York'],
];

/**
 * The city a weather question names: a known city, else a capitalised name after "in", "at" or
 * "for", else Beijing (the plugin's default).
 */
export function cityIn(text: string): string {
  for (const [pattern, city] of KNOWN_CITIES) if (pattern.test(text)) return city;
  const named = /\b(?:in|at|for)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)/.exec(text);
  return named?.[1] ?? 'Beijing';
}

/**
 * Every city a weather question names, in the order it names them: the plugin agent asks for one
 * city's weather per round, so "Paris and London" takes two rounds of tool calls.
 */
export function citiesIn(text: string): string[] {
  const found = KNOWN_CITIES.flatMap(([pattern, city]) => {
    const at = text.search(pattern);
    return at >= 0 ? [{ at, city }] : [];
  });
  return found.length > 0 ? found.sort((a, b) => a.at - b.at).map((f) => f.city) : [cityIn(text)];
}

/** Reads a tool's output for the reply: `key: value` pairs of a JSON object, or the text itself. */
function describeOutput(output: string): string {
  try {
    const value = JSON.parse(output) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const pairs = Object.entries(value as Record<string, unknown>).map(
        ([k, v]) => `${k.replace(/_/g, ' ')}: ${typeof v === 'string' ? v : JSON.stringify(v)}`,
      );
      if (pairs.length > 0) return pairs.join(', ');
    }
  } catch {
    // Not JSON: the output is plain text and is quoted as it is.
  }
  return quote(output, 200) || '(empty output)';
}

/** The agent's answer once the local `get_weather` plugin has returned each city's `output`, in the order asked. */
export function weatherAnswer(reports: readonly { city: string; output: string }[], question: string): string {
  if (isChinese(question)) {
    const parts = reports.map((r) => `${r.city} 的天气：${describeOutput(r.output)}`).join('；');
    return `根据你的 get_weather 插件返回的结果，${parts}。出门前记得再看一眼天空！`;
  }
  const parts = reports
    .map((r, i) => (i === 0 ? `the weather in ${r.city} is ` : `in ${r.city} it is `) + describeOutput(r.output))
    .join('; ');
  return `According to your get_weather plugin, ${parts}. Have a good day out!`;
}

/** What the sandbox's plain workflow answers for its input parameters. */
export function workflowGreeting(parameters: Record<string, unknown>): string {
  const name =
    typeof parameters['user_name'] === 'string' && parameters['user_name'] ? parameters['user_name'] : 'there';
  const others = Object.entries(parameters).filter(([key]) => key !== 'user_name');
  const echo = others.length
    ? ` You also passed ${others.map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ')}.`
    : '';
  return `Hello, ${name}! This is the sandbox workflow: the start node read your parameters, the LLM node wrote this greeting and the end node returned it.${echo}`;
}

/** What the question workflow answers once it knows the destination. */
export function tripPlan(destination: string): string {
  const city = quote(destination, 40) || 'your destination';
  return `Great, ${city} it is! A one-day plan for ${city}: start with a local breakfast, spend the morning at the best-known sight, take a long lunch, walk the old streets in the afternoon and end the day with dinner near the river.`;
}
