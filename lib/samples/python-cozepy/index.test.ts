import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS, findEndpoint } from '../../../catalog';
import type { Endpoint } from '../../../catalog/types';
import { buildRequest, exampleValues, type FormValues, type Region } from '../../request-model';
import { buildSamples, fileFields, sampleLanguages, type ChatVariant, type Sample } from '../index';

// The cozepy tab: SDK code for every call the catalog says cozepy has, and only methods and
// keyword arguments cozepy's own source declares.

const origin = 'https://playground.test';

/** The endpoint's example, with every file field holding a file, as if picked in the form. */
function valuesFor(endpoint: Endpoint): FormValues {
  const values = exampleValues(endpoint);
  for (const name of fileFields(endpoint)) values.body[name] = new File(['RIFF'], 'sample.wav');
  return values;
}

function pythonTab(endpoint: Endpoint, values: FormValues, region: Region, variant?: ChatVariant): Sample {
  const model = buildRequest(endpoint, values, { region, origin });
  return buildSamples(endpoint, model, values, variant).find((sample) => sample.language === 'python')!;
}

const callable = ENDPOINTS.filter((endpoint) => sampleLanguages(endpoint).length > 0);

/**
 * Endpoints the catalog lists for cozepy that keep the requests fallback, and why. The catalog is
 * not ours to change here; each reason names the cozepy source that was checked.
 */
const FALLBACK_EXCEPTIONS: Readonly<Record<string, string>> = {};

describe('the cozepy tab', () => {
  it('writes cozepy code for every callable endpoint the catalog says cozepy implements', () => {
    const fallbacks = callable
      .filter((endpoint) => endpoint.sdks.includes('python'))
      .filter((endpoint) => pythonTab(endpoint, valuesFor(endpoint), 'cn').kind !== 'sdk')
      .map((endpoint) => endpoint.id);
    expect(fallbacks).toEqual(Object.keys(FALLBACK_EXCEPTIONS));
  });

  it('notes the form fields a cozepy method takes no argument for', () => {
    const rooms = findEndpoint('audio-rooms-create')!;
    const code = pythonTab(rooms, valuesFor(rooms), 'cn').code;
    expect(code).toContain('# cozepy takes no argument for connector_id, config; the requests sample sends them.');
    expect(code).not.toContain('connector_id=');
    const workflow = findEndpoint('retrieve-workflow')!;
    expect(pythonTab(workflow, valuesFor(workflow), 'cn').code).toContain(
      '# cozepy takes no argument for include_input_output; the requests sample sends it.',
    );
  });

  it('builds the typed objects cozepy takes from the form values', () => {
    const documents = findEndpoint('knowledge-documents-create')!;
    const code = pythonTab(documents, valuesFor(documents), 'cn').code;
    expect(code).toContain('from cozepy import COZE_CN_BASE_URL, Coze, DocumentBase, DocumentChunkStrategy');
    expect(code).toContain(
      'DocumentBase(\n            name="warranty-faq.txt",\n            source_info=DocumentSourceInfo(',
    );
    expect(code).toContain('chunk_strategy=DocumentChunkStrategy(chunk_type=0)');
    const bind = findEndpoint('connectors-user-configs-bind')!;
    const bound = pythonTab(bind, valuesFor(bind), 'cn').code;
    expect(bound).toContain('from cozepy.connectors import UserConfig, UserConfigEnum');
    expect(bound).toContain('UserConfigEnum(label="Living-room speaker", value="device-7351-001")');
  });

  it('writes the speech to the file the requests sample writes', () => {
    const speech = findEndpoint('audio-speech-create')!;
    const code = pythonTab(speech, valuesFor(speech), 'cn').code;
    expect(code).toContain('speech = coze.audio.speech.create(');
    expect(code).toContain('speech.write_to_file("output.mp3")');
  });

  it('exchanges OAuth grants with cozepy’s OAuth apps, not a Coze client', () => {
    const jwt = pythonTab(findEndpoint('oauth-token-jwt')!, valuesFor(findEndpoint('oauth-token-jwt')!), 'cn').code;
    expect(jwt).toContain('app = JWTOAuthApp(');
    expect(jwt).not.toContain('coze = Coze(');
    const web = findEndpoint('oauth-token-authorization-code')!;
    expect(pythonTab(web, valuesFor(web), 'com').code).toContain('client_secret=os.environ["COZE_API_TOKEN"],');
  });
});

// ---------------------------------------------------------------- surface check

/**
 * What the generated programs may call, with the keyword names each callable declares in
 * cozepy's source (coze-dev/coze-py, the files named above each group). `coze.` is left off the
 * client's methods; OAuth app methods are `Class.method`; constructors are the class name.
 */
const SURFACE: Readonly<Record<string, readonly string[]>> = {
  // cozepy/coze.py, cozepy/auth/__init__.py
  Coze: ['auth', 'base_url', 'http_client'],
  TokenAuth: ['token'],
  // cozepy/auth/__init__.py
  DeviceOAuthApp: ['client_id', 'base_url', 'www_base_url'],
  'DeviceOAuthApp.get_device_code': ['workspace_id'],
  'DeviceOAuthApp.get_access_token': ['device_code', 'poll'],
  PKCEOAuthApp: ['client_id', 'base_url', 'www_base_url'],
  'PKCEOAuthApp.get_access_token': ['redirect_uri', 'code', 'code_verifier'],
  WebOAuthApp: ['client_id', 'client_secret', 'base_url', 'www_base_url'],
  'WebOAuthApp.get_access_token': ['redirect_uri', 'code'],
  'WebOAuthApp.refresh_access_token': ['refresh_token'],
  JWTOAuthApp: ['client_id', 'private_key', 'public_key_id', 'base_url'],
  'JWTOAuthApp.get_access_token': ['ttl', 'scope', 'session_name'],
  Scope: ['account_permission', 'attribute_constraint'],
  // cozepy/chat/__init__.py, cozepy/chat/message/__init__.py (Message.build_* are called positionally)
  'chat.create': [
    'bot_id',
    'user_id',
    'conversation_id',
    'additional_messages',
    'custom_variables',
    'auto_save_history',
    'meta_data',
  ],
  'chat.stream': [
    'bot_id',
    'user_id',
    'additional_messages',
    'custom_variables',
    'auto_save_history',
    'meta_data',
    'conversation_id',
  ],
  'chat.retrieve': ['conversation_id', 'chat_id'],
  'chat.cancel': ['conversation_id', 'chat_id'],
  'chat.submit_tool_outputs': ['conversation_id', 'chat_id', 'tool_outputs', 'stream'],
  'chat.messages.list': ['conversation_id', 'chat_id'],
  'Message.build_user_question_text': [],
  'Message.build_assistant_answer': [],
  ToolOutput: ['tool_call_id', 'output'],
  // cozepy/workflows/runs/__init__.py, runs/run_histories/__init__.py, run_histories/execute_nodes/__init__.py
  'workflows.runs.create': ['workflow_id', 'parameters', 'bot_id', 'app_id', 'is_async', 'ext'],
  'workflows.runs.stream': ['workflow_id', 'parameters', 'bot_id', 'app_id', 'ext'],
  'workflows.runs.resume': ['workflow_id', 'event_id', 'resume_data', 'interrupt_type'],
  'workflows.runs.run_histories.retrieve': ['workflow_id', 'execute_id'],
  'workflows.runs.run_histories.execute_nodes.retrieve': ['workflow_id', 'execute_id', 'node_execute_uuid'],
  // cozepy/workflows/chat/__init__.py
  'workflows.chat.stream': [
    'workflow_id',
    'additional_messages',
    'parameters',
    'app_id',
    'bot_id',
    'conversation_id',
    'ext',
  ],
  // cozepy/workflows/__init__.py, workflows/versions/__init__.py, workflows/collaborators/__init__.py
  'workflows.list': ['workspace_id', 'workflow_mode', 'app_id', 'publish_status', 'page_num', 'page_size'],
  'workflows.retrieve': ['workflow_id'],
  'workflows.versions.list': ['workflow_id', 'publish_status', 'page_token', 'page_size'],
  'workflows.collaborators.delete': ['user_id', 'workflow_id'],
  // cozepy/conversations/__init__.py
  'conversations.create': ['messages', 'meta_data', 'bot_id', 'name', 'connector_id'],
  'conversations.retrieve': ['conversation_id'],
  'conversations.update': ['conversation_id', 'name'],
  'conversations.delete': ['conversation_id'],
  'conversations.list': ['bot_id', 'page_num', 'page_size'],
  'conversations.clear': ['conversation_id'],
  // cozepy/conversations/message/__init__.py, conversations/message/feedback/__init__.py
  'conversations.messages.create': ['conversation_id', 'role', 'content', 'content_type', 'meta_data'],
  'conversations.messages.list': ['conversation_id', 'order', 'chat_id', 'before_id', 'after_id', 'limit'],
  'conversations.messages.retrieve': ['conversation_id', 'message_id'],
  'conversations.messages.update': ['conversation_id', 'message_id', 'content', 'content_type', 'meta_data'],
  'conversations.messages.delete': ['conversation_id', 'message_id'],
  'conversations.messages.feedback.create': [
    'conversation_id',
    'message_id',
    'feedback_type',
    'reason_types',
    'comment',
  ],
  'conversations.messages.feedback.delete': ['conversation_id', 'message_id'],
  // cozepy/files/__init__.py
  'files.upload': ['file'],
  'files.retrieve': ['file_id'],
  // cozepy/bots/__init__.py
  'bots.create': [
    'space_id',
    'name',
    'description',
    'icon_file_id',
    'prompt_info',
    'onboarding_info',
    'suggest_reply_info',
    'model_info_config',
    'plugin_id_list',
    'workflow_id_list',
  ],
  'bots.update': [
    'bot_id',
    'name',
    'description',
    'icon_file_id',
    'prompt_info',
    'onboarding_info',
    'knowledge',
    'suggest_reply_info',
    'model_info_config',
  ],
  'bots.publish': ['bot_id', 'connector_ids'],
  'bots.unpublish': ['bot_id', 'connector_id', 'unpublish_reason'],
  'bots.retrieve': ['bot_id', 'is_published', 'use_api_version'],
  'bots.list': ['space_id', 'publish_status', 'connector_id', 'page_num', 'page_size', 'use_api_version'],
  BotPromptInfo: ['prompt'],
  BotOnboardingInfo: ['prologue', 'suggested_questions'],
  BotKnowledge: ['dataset_ids', 'auto_call', 'search_strategy'],
  BotSuggestReplyInfo: ['reply_mode', 'customized_prompt'],
  BotModelInfo: [
    'model_id',
    'model_name',
    'temperature',
    'context_round',
    'max_tokens',
    'response_format',
    'top_k',
    'top_p',
    'cache_type',
    'presence_penalty',
    'frequency_penalty',
    'parameters',
    'sp_anti_leak',
    'sp_current_time',
  ],
  PluginIDList: ['id_list'],
  WorkflowIDList: ['ids'],
  PublishStatus: [],
  // cozepy/bots/collaboration_modes/__init__.py, bots/collaborators/__init__.py, bots/versions/__init__.py
  'bots.collaboration_modes.update': ['bot_id', 'collaboration_mode'],
  'bots.collaborators.create': ['bot_id', 'collaborators'],
  'bots.collaborators.delete': ['bot_id', 'user_id'],
  BotCollaborator: ['user_id'],
  'bots.versions.list': ['bot_id', 'publish_status', 'connector_id', 'page_num', 'page_size'],
  // cozepy/apps/__init__.py, apps/collaborators/__init__.py
  'apps.list': ['workspace_id', 'publish_status', 'connector_id', 'page_num', 'page_size'],
  'apps.collaborators.create': ['app_id', 'collaborators'],
  'apps.collaborators.delete': ['app_id', 'user_id'],
  AppCollaborator: ['user_id'],
  // cozepy/workspaces/__init__.py, workspaces/members/__init__.py
  'workspaces.list': ['user_id', 'coze_account_id', 'page_num', 'page_size'],
  'workspaces.members.list': ['workspace_id', 'page_num', 'page_size'],
  'workspaces.members.create': ['workspace_id', 'users'],
  'workspaces.members.delete': ['workspace_id', 'user_ids'],
  WorkspaceMember: ['user_id', 'role_type', 'user_nickname', 'user_unique_name', 'avatar_url'],
  // cozepy/folders/__init__.py
  'folders.list': ['workspace_id', 'folder_type', 'parent_folder_id', 'page_num', 'page_size'],
  'folders.retrieve': ['folder_id'],
  // cozepy/enterprises/members/__init__.py, enterprises/organizations/__init__.py
  'enterprises.members.create': ['enterprise_id', 'users'],
  'enterprises.members.update': ['enterprise_id', 'user_id', 'role'],
  'enterprises.members.delete': ['enterprise_id', 'user_id', 'receiver_user_id'],
  EnterpriseMember: ['user_id', 'role'],
  'enterprises.organizations.create': ['enterprise_id', 'name', 'super_admin_user_id', 'description'],
  // cozepy/audio/voices/__init__.py, audio/speech/__init__.py, audio/transcriptions/__init__.py, audio/rooms/__init__.py
  'audio.voices.list': ['filter_system_voice', 'model_type', 'voice_state', 'page_num', 'page_size'],
  'audio.voices.clone': [
    'voice_name',
    'file',
    'audio_format',
    'language',
    'voice_id',
    'preview_text',
    'text',
    'space_id',
    'description',
  ],
  VoiceState: [],
  VoiceModelType: [],
  'audio.speech.create': ['input', 'voice_id', 'response_format', 'speed', 'sample_rate'],
  'audio.transcriptions.create': ['file'],
  'audio.rooms.create': ['bot_id', 'voice_id', 'conversation_id', 'uid', 'workflow_id', 'config'],
  // cozepy/audio/live/__init__.py @6b0f4cd
  'audio.live.retrieve': ['live_id'],
  // cozepy/users/__init__.py, cozepy/templates/__init__.py @6b0f4cd
  'users.me': [],
  'templates.duplicate': ['template_id', 'workspace_id', 'name'],
  // cozepy/audio/voiceprint_groups/__init__.py, voiceprint_groups/features/__init__.py
  'audio.voiceprint_groups.create': ['name', 'desc'],
  'audio.voiceprint_groups.update': ['group_id', 'name', 'desc'],
  'audio.voiceprint_groups.delete': ['group_id'],
  'audio.voiceprint_groups.list': ['name', 'group_id', 'user_id', 'page_num', 'page_size'],
  'audio.voiceprint_groups.speaker_identify': ['group_id', 'file', 'top_k', 'sample_rate', 'channel'],
  'audio.voiceprint_groups.features.create': ['group_id', 'name', 'desc', 'sample_rate', 'channel', 'file'],
  'audio.voiceprint_groups.features.update': [
    'group_id',
    'feature_id',
    'name',
    'desc',
    'sample_rate',
    'channel',
    'file',
  ],
  'audio.voiceprint_groups.features.delete': ['group_id', 'feature_id'],
  'audio.voiceprint_groups.features.list': ['group_id', 'page_num', 'page_size'],
  // cozepy/datasets/__init__.py, datasets/images/__init__.py
  'datasets.create': ['name', 'space_id', 'format_type', 'description', 'icon_file_id'],
  'datasets.update': ['dataset_id', 'name', 'description', 'icon_file_id'],
  'datasets.delete': ['dataset_id'],
  'datasets.list': ['space_id', 'name', 'format_type', 'page_size', 'page_num'],
  'datasets.process': ['dataset_id', 'document_ids'],
  'datasets.images.update': ['dataset_id', 'document_id', 'caption'],
  'datasets.images.list': ['dataset_id', 'keyword', 'has_caption', 'page_num', 'page_size'],
  // cozepy/datasets/documents/__init__.py
  'datasets.documents.create': ['dataset_id', 'document_bases', 'chunk_strategy', 'format_type'],
  'datasets.documents.update': ['document_id', 'document_name', 'update_rule'],
  'datasets.documents.delete': ['document_ids'],
  'datasets.documents.list': ['dataset_id', 'page_num', 'page_size'],
  DocumentBase: ['name', 'source_info', 'update_rule'],
  DocumentSourceInfo: ['file_base64', 'file_type', 'web_url', 'source_file_id', 'document_source'],
  DocumentUpdateRule: ['update_type', 'update_interval'],
  DocumentChunkStrategy: [
    'chunk_type',
    'caption_type',
    'max_tokens',
    'remove_extra_spaces',
    'remove_urls_emails',
    'separator',
  ],
  // cozepy/variables/__init__.py
  'variables.update': ['connector_uid', 'data', 'app_id', 'bot_id', 'connector_id'],
  'variables.retrieve': ['connector_uid', 'keywords', 'app_id', 'bot_id', 'connector_id'],
  VariableValue: ['keyword', 'value', 'create_time', 'update_time'],
  // cozepy/connectors/__init__.py, connectors/bots/__init__.py (UserConfig: tests/test_connectors.py)
  'connectors.install': ['connector_id', 'workspace_id'],
  'connectors.bind': ['connector_id', 'configs', 'user_id'],
  UserConfig: ['key', 'enums'],
  UserConfigEnum: ['label', 'value'],
  'connectors.bots.update': ['connector_id', 'bot_id', 'audit_status', 'reason'],
  // cozepy/api_apps/__init__.py, api_apps/events/__init__.py
  'api_apps.create': ['app_type', 'name', 'connector_id'],
  'api_apps.update': ['app_id', 'name', 'callback_url'],
  'api_apps.delete': ['app_id'],
  'api_apps.list': ['app_type', 'page_token', 'page_size'],
  // Newer cozepy (and the reference's sdk_sources) name the events' path id api_app_id, and have list.
  'api_apps.events.create': ['api_app_id', 'event_types'],
  'api_apps.events.list': ['api_app_id', 'page_token', 'page_size'],
  'api_apps.events.delete': ['api_app_id', 'event_types'],
  // cozepy/benefits/__init__.py, bill_tasks/__init__.py, benefit_limitations/__init__.py
  'benefits.retrieve': ['benefit_type_list', 'resource_id'],
  'bill_tasks.list': ['task_ids', 'page_num', 'page_size'],
  'benefit_limitations.create': ['entity_type', 'entity_id', 'benefit_info'],
};

/**
 * Lists the calls a Python program makes on cozepy: `coze.<path>(...)`, methods of an object
 * assigned from a cozepy constructor (`app = JWTOAuthApp(...)` then `app.get_access_token(...)`),
 * and calls of names imported from cozepy. One JSON line per call: file, line, callee, keywords.
 */
const LIST_CALLS = `
import ast, json, sys
for path in sys.argv[1:]:
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    imported = {alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                and (node.module or "").split(".")[0] == "cozepy" for alias in node.names}
    made = {target.id: node.value.func.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
            and node.value.func.id in imported for target in node.targets if isinstance(target, ast.Name)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        parts, func = [], node.func
        while isinstance(func, ast.Attribute):
            parts.insert(0, func.attr)
            func = func.value
        if not isinstance(func, ast.Name):
            continue
        if func.id == "coze" and parts:
            callee = ".".join(parts)
        elif func.id in made and len(parts) == 1:
            callee = made[func.id] + "." + parts[0]
        elif func.id in imported:
            callee = ".".join([func.id] + parts)
        else:
            continue
        print(json.dumps({"file": path, "line": node.lineno, "callee": callee,
                          "keywords": [k.arg for k in node.keywords if k.arg is not None]}))
`;

interface PythonCall {
  readonly file: string;
  readonly line: number;
  readonly callee: string;
  readonly keywords: readonly string[];
}

/** Every cozepy program the tab writes: each endpoint's example, in each region, each chat variant. */
function cozepyPrograms(): { name: string; code: string }[] {
  const programs: { name: string; code: string }[] = [];
  for (const endpoint of callable)
    for (const region of ['cn', 'com', 'sandbox'] as const)
      for (const variant of endpoint.id === 'create-chat'
        ? (['streaming', 'non-streaming', 'plugin'] as const)
        : [undefined]) {
        const sample = pythonTab(endpoint, valuesFor(endpoint), region, variant);
        if (sample.kind === 'sdk')
          programs.push({ name: `${endpoint.id}-${region}${variant ? `-${variant}` : ''}.py`, code: sample.code });
      }
  return programs;
}

describe('the cozepy programs call only what cozepy declares', () => {
  let dir = '';
  let calls: PythonCall[] = [];
  let programs: { name: string; code: string }[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cozepy-surface-'));
    programs = cozepyPrograms();
    for (const program of programs) writeFileSync(join(dir, program.name), program.code);
    const out = execFileSync('python3', ['-c', LIST_CALLS, ...programs.map((program) => join(dir, program.name))], {
      encoding: 'utf-8',
      maxBuffer: 16 * 1024 * 1024,
    });
    calls = out
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as PythonCall);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parses every program and finds its cozepy call', () => {
    expect(programs.length).toBeGreaterThan(250);
    const withCall = new Set(
      calls.filter((call) => call.callee.includes('.') && !call.callee.startsWith('Message.')).map((c) => c.file),
    );
    const without = programs.map((program) => join(dir, program.name)).filter((file) => !withCall.has(file));
    expect(without).toEqual([]);
  });

  it('uses only methods cozepy has', () => {
    const unknown = calls
      .filter((call) => !(call.callee in SURFACE))
      .map((call) => `${call.file}:${call.line} ${call.callee}`);
    expect(unknown).toEqual([]);
  });

  it('passes only keyword arguments those methods declare', () => {
    const wrong = calls
      .filter((call) => call.callee in SURFACE)
      .flatMap((call) =>
        call.keywords
          .filter((keyword) => !SURFACE[call.callee]!.includes(keyword))
          .map((keyword) => `${call.file}:${call.line} ${call.callee}(${keyword}=)`),
      );
    expect(wrong).toEqual([]);
  });
});
