import { describe, expect, test } from 'vitest';
import { langOfPath, pathInLang } from './lang';

describe('language paths', () => {
  test('Chinese pages live under /zh/, English ones at the root', () => {
    expect(langOfPath('/zh/chat/create-chat/')).toBe('zh');
    expect(langOfPath('/zh')).toBe('zh');
    expect(langOfPath('/zhong/')).toBe('en');
    expect(langOfPath('/chat/create-chat/')).toBe('en');
  });

  test('switching keeps the page, its query and its fragment', () => {
    expect(pathInLang('/chat/create-chat/?x=1#run', 'zh')).toBe('/zh/chat/create-chat/?x=1#run');
    expect(pathInLang('/zh/chat/create-chat/#run', 'en')).toBe('/chat/create-chat/#run');
    expect(pathInLang('/zh/', 'en')).toBe('/');
    expect(pathInLang('/', 'zh')).toBe('/zh/');
    expect(pathInLang('/zh/chat/', 'zh')).toBe('/zh/chat/');
  });
});
