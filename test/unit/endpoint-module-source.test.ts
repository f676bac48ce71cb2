import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestSide, textsInPlace } from '../../scripts/endpoint-module-source.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const source = (path: string) => readFileSync(join(ROOT, 'catalog', 'endpoints', path), 'utf8');

describe('requestSide', () => {
  it("drops what the browser never reads: the response, the stream's events, the description and notes", () => {
    const code = requestSide(source('chat/create-chat.ts'));
    expect(code).not.toMatch(/\bresponse:/);
    expect(code).not.toContain('CHAT_EVENTS,');
    expect(code).not.toMatch(/\bnotes:/);
    expect(code).not.toContain("Sends a user's message");
    expect(code).toContain("streaming: { enabledBy: { bodyField: 'stream' }, framedWithIds: false, assemble: 'chat' }");
    expect(code).toContain("id: 'create-chat'");
    expect(code).toContain('additional_messages');
  });

  it('leaves a module that defines no endpoint as it is', () => {
    const shared = source('database/schemas.ts');
    expect(requestSide(shared)).toBe(shared);
  });
});

describe('textsInPlace', () => {
  const translations = new Map([
    ['Agent id.', '智能体 ID。'],
    ['Unused `quoted` text.', '未用'],
  ]);

  it('puts the translation in place of each string that has one, and says which it replaced', () => {
    const { code, replaced } = textsInPlace(
      "const a = v.description('Agent id.'); const b = \"Agent id.\"; const c = `Agent id.`; const d = 'Agent';",
      translations,
    );
    expect(code).toBe(
      'const a = v.description("智能体 ID。"); const b = "智能体 ID。"; const c = "智能体 ID。"; const d = \'Agent\';',
    );
    expect([...replaced]).toEqual(['Agent id.']);
  });

  it('leaves keys, imports and template literals with substitutions alone', () => {
    const code = "import x from 'Agent id.'; const o = { 'Agent id.': 1 }; const t = `Agent ${x}.`;";
    expect(textsInPlace(code, new Map([...translations, ['Agent ${x}.', '不']])).code).toBe(code);
  });
});
