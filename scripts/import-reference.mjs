#!/usr/bin/env node
// Authoring aid, never run by the build or the tests: turns entries of the Coze reference facts
// (../shared/coze-api/reference.json, present on developers' machines only) into catalog files.
// The generated files are ours from then on; rerun it only for endpoints not yet in the catalog:
//   node scripts/import-reference.mjs <reference.json> <endpoint-id>...
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [referencePath, ...ids] = process.argv.slice(2);
if (!referencePath || ids.length === 0) {
  console.error('usage: import-reference.mjs <reference.json> <endpoint-id>...');
  process.exit(2);
}
const reference = JSON.parse(readFileSync(referencePath, 'utf8'));
const byId = new Map(reference.map((entry) => [entry.id, entry]));
const root = join(dirname(new URL(import.meta.url).pathname), '..', 'catalog');

/** Objects documented in several places, written once in catalog/objects.ts. */
const SHARED = [
  { name: 'ChatSchema', keys: ['id', 'conversation_id', 'bot_id', 'status', 'created_at'] },
  { name: 'MessageSchema', keys: ['id', 'conversation_id', 'role', 'type', 'content', 'content_type'] },
  { name: 'ConversationSchema', keys: ['id', 'created_at', 'meta_data', 'last_section_id'] },
  { name: 'FileSchema', keys: ['id', 'bytes', 'file_name', 'created_at'] },
  { name: 'UsageSchema', keys: ['input_count', 'output_count', 'token_count'] },
];

const js = (value) => JSON.stringify(value);

function sharedFor(fields) {
  const names = new Set(fields.map((f) => f.name));
  return SHARED.find((s) => s.keys.every((k) => names.has(k)) && names.size <= s.keys.length + 12);
}

function pipeOf(base, field, { forRequest }) {
  const actions = [];
  if (forRequest && field.required && field.type === 'string' && !field.enum) {
    actions.push(`v.nonEmpty(${js(`${field.name} is required`)})`);
  }
  if (field.description_en) actions.push(`v.description(${js(field.description_en)})`);
  if (field.example !== undefined) actions.push(`v.examples([${js(field.example)}])`);
  if (!actions.length) return base;
  // An integer is already a pipe: extend it rather than nest one pipe in another.
  const inner = base.startsWith('v.pipe(') && base.endsWith(')') ? base.slice('v.pipe('.length, -1) : base;
  return `v.pipe(${inner}, ${actions.join(', ')})`;
}

function baseOf(field, ctx) {
  if (field.enum) return `v.picklist(${js(field.enum)})`;
  switch (field.type) {
    case 'string':
      return 'v.string()';
    case 'integer':
      return 'v.pipe(v.number(), v.integer())';
    case 'number':
      return 'v.number()';
    case 'boolean':
      return 'v.boolean()';
    case 'file':
    case 'binary':
      return 'v.blob()';
    case 'array': {
      const items = field.items ?? { type: 'string' };
      return `v.array(${schemaOf({ name: 'item', ...items }, ctx, true)})`;
    }
    case 'object':
      if (field.fields?.length) return objectOf(field.fields, ctx);
      if (field.map_value?.fields) return `v.record(v.string(), ${objectOf(field.map_value.fields, ctx)})`;
      return 'v.record(v.string(), v.unknown())';
    case 'map<string,string>':
      return 'v.record(v.string(), v.string())';
    default:
      return 'v.record(v.string(), v.unknown())';
  }
}

function objectOf(fields, ctx) {
  if (!ctx.forRequest) {
    const shared = sharedFor(fields);
    if (shared) {
      ctx.imports.add(shared.name);
      return shared.name;
    }
  }
  const entries = fields.map((f) => `${indent(ctx)}${safeKey(f.name)}: ${schemaOf(f, ctx)},`);
  return `v.object({\n${entries.join('\n')}\n${indent(ctx, -1)}})`;
}

function schemaOf(field, ctx, bare = false) {
  ctx.depth++;
  const base = baseOf(field, ctx);
  ctx.depth--;
  const piped = bare ? base : pipeOf(base, field, ctx);
  if (bare) return piped;
  // Response fields carry no required flag in the reference: Coze leaves many out when empty.
  const optional = ctx.forRequest ? !field.required : true;
  if (!optional) return piped;
  return field.default !== undefined ? `v.optional(${piped}, ${js(field.default)})` : `v.optional(${piped})`;
}

const indent = (ctx, extra = 0) => '  '.repeat(ctx.depth + 2 + extra);
const safeKey = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : js(name));

function paramsOf(fields, imports) {
  if (!fields?.length) return undefined;
  const ctx = { depth: 0, forRequest: true, imports };
  return objectOf(
    fields.map((f) => ({ ...f })),
    ctx,
  );
}

// Part of the reference lists the fields of `data` and says so in `response_envelope`; the rest
// lists top-level fields. OAuth answers have no envelope at all.
function responseOf(entry, imports) {
  const ctx = { depth: 0, forRequest: false, imports };
  const shape = entry.response_envelope ?? '';
  let fields = entry.response_data.filter((f) => f.name !== '(body)');
  if (/code\/msg\/data\/detail/.test(shape)) {
    fields = [{ name: 'data', type: 'object', description_en: 'The result.', fields }];
  }
  const entries = fields.map((f) => `    ${safeKey(f.name)}: ${schemaOf(f, ctx)},`);
  if (entry.group === 'auth') return `v.object({\n${entries.join('\n')}\n  })`;
  imports.add('envelope');
  return entries.length ? `envelope({\n${entries.join('\n')}\n  })` : 'envelope({})';
}

function exampleValue(field) {
  if (field.example !== undefined) return field.example;
  if (field.enum) return field.enum[0];
  switch (field.type) {
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return false;
    case 'array':
      return field.items?.fields ? [exampleOf(field.items.fields)] : ['example'];
    case 'object':
      return field.fields ? exampleOf(field.fields) : {};
    default:
      return 'example';
  }
}

function exampleOf(fields, all = false) {
  const out = {};
  for (const f of fields ?? []) if (all || f.required) out[f.name] = exampleValue(f);
  return out;
}

function pagination(entry) {
  const p = entry.pagination_params;
  if (!entry.pagination || !p) return undefined;
  if (p.page) return { style: 'page', page: p.page, size: p.size };
  if (p.before) return { style: 'before-after', before: p.before, after: p.after, size: p.size };
  return { style: 'cursor', cursor: p.cursor, size: p.size, next: p.next };
}

for (const id of ids) {
  const entry = byId.get(id);
  if (!entry) throw new Error(`no entry ${id}`);
  const SUB = { audio: 'tts', 'audio-rtc': 'rtc', 'audio-websocket': 'websocket', voiceprint: 'voiceprint' };
  const subgroup = SUB[entry.group];
  const group = subgroup ? 'audio' : entry.group;
  const file = join(root, 'endpoints', group, `${id}.ts`);
  if (existsSync(file)) {
    console.error(`skip ${id}: ${file} exists (the catalog owns it now)`);
    continue;
  }
  const imports = new Set();
  const params = {
    path: paramsOf(entry.path_params, imports),
    query: paramsOf(entry.query, imports),
    headers: paramsOf(
      (entry.headers ?? []).filter((h) => !/^(content-type|authorization)$/i.test(h.name)),
      imports,
    ),
    body: entry.body_type === 'none' ? undefined : paramsOf(entry.body, imports),
  };
  const grantType = entry.body?.find((f) => f.name === 'grant_type');
  const discriminator =
    entry.path === '/api/permission/oauth2/token' && grantType
      ? { bodyField: 'grant_type', value: grantType.enum?.[0] ?? grantType.example ?? grantType.default }
      : undefined;
  const response = responseOf(entry, imports);
  const streaming = entry.streaming
    ? {
        enabledBy: entry.streaming.enabled_by === 'always' ? 'always' : { bodyField: 'stream' },
        framedWithIds: /id:/.test(entry.streaming.framing ?? ''),
        events: entry.streaming.events.map((e) => e.event),
      }
    : undefined;
  const example = {
    path: Object.keys(exampleOf(entry.path_params)).length ? exampleOf(entry.path_params) : undefined,
    headers: Object.keys(
      exampleOf((entry.headers ?? []).filter((h) => !/^(content-type|authorization)$/i.test(h.name))),
    ).length
      ? exampleOf((entry.headers ?? []).filter((h) => !/^(content-type|authorization)$/i.test(h.name)))
      : undefined,
    query: Object.keys(exampleOf(entry.query)).length ? exampleOf(entry.query) : undefined,
    body: entry.body_type === 'json' && entry.body.length ? exampleOf(entry.body) : undefined,
  };
  const lines = [
    `import * as v from 'valibot';`,
    `import { defineEndpoint } from '../../define';`,
    imports.size ? `import { ${[...imports].sort().join(', ')} } from '../../objects';` : '',
    streaming
      ? `import { ${streaming.enabledBy === 'always' && !/chat/.test(entry.path) ? 'WORKFLOW_EVENTS' : 'CHAT_EVENTS'} } from '../../events';`
      : '',
    `import { SANDBOX_IDS } from '../../sandbox-ids';`,
    '',
    `/** ${entry.title_en}: ${entry.method} ${entry.path} */`,
    `export default defineEndpoint({`,
    `  id: ${js(entry.id)},`,
    `  group: ${js(group)},`,
    subgroup ? `  subgroup: ${js(subgroup)},` : '',
    `  titleZh: ${js(entry.title_zh)},`,
    `  titleEn: ${js(entry.title_en)},`,
    `  description: ${js(entry.title_en + '.')},`,
    `  notes: ${js((entry.notes ?? '').split(/(?<=\.)\s+/).filter(Boolean))},`,
    `  method: ${js(entry.method)},`,
    `  path: ${js(entry.path)},`,
    `  params: {`,
    ...Object.entries(params)
      .filter(([, s]) => s)
      .map(([k, s]) => `    ${k}: ${s.replace(/\n/g, '\n  ')},`),
    `  },`,
    `  bodyKind: ${js(entry.body_type)},`,
    `  responseKind: ${js(entry.response)},`,
    streaming
      ? `  streaming: { enabledBy: ${js(streaming.enabledBy)}, framedWithIds: ${streaming.framedWithIds}, events: ${/chat/.test(entry.path) ? 'CHAT_EVENTS' : 'WORKFLOW_EVENTS'}, assemble: ${js(/chat/.test(entry.path) ? 'chat' : 'workflow')} },`
      : '',
    `  response: ${response},`,
    pagination(entry) ? `  pagination: ${js(pagination(entry))},` : '',
    entry.permission ? `  permission: ${js(entry.permission)},` : '',
    `  destructive: ${Boolean(entry.destructive)},`,
    `  billable: ${Boolean(entry.billable)},`,
    `  sdks: ${js(
      [
        ['python', 'coze-py'],
        ['node', 'coze-js'],
        ['go', 'coze-go'],
        ['java', 'coze-java'],
      ]
        .filter(([, repo]) => (entry.sdk_sources ?? []).some((source) => source.startsWith(`${repo}:`)))
        .map(([sdk]) => sdk),
    )},`,
    entry.deprecated ? `  deprecated: { replacement: ${js(entry.replacement ?? '')} },` : '',
    `  example: ${js(Object.fromEntries(Object.entries(example).filter(([, x]) => x)))},`,
    entry.group === 'auth' ? `  auth: 'none',` : '',
    discriminator ? `  discriminator: ${js(discriminator)},` : '',
    `});`,
    '',
  ];
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, lines.filter((l, i) => l !== '' || i === 5 || i === lines.length - 1).join('\n'));
  console.log(`wrote ${file}`);
}
