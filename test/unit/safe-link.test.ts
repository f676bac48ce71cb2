import { describe, expect, it } from 'vitest';
import { safeLinkHref } from '../../lib/safe-link';

describe('safeLinkHref', () => {
  it.each([
    ['https://www.coze.cn/work_flow?execute_id=1&space_id=2', 'https://www.coze.cn/work_flow?execute_id=1&space_id=2'],
    ['http://localhost:8787/x', 'http://localhost:8787/x'],
    ['http://127.0.0.1/x', 'http://127.0.0.1/x'],
    ['http://[::1]:3000/', 'http://[::1]:3000/'],
    ['HTTPS://Example.com/A', 'https://example.com/A'],
  ])('keeps %s', (value, expected) => {
    expect(safeLinkHref(value)).toBe(expected);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in capitals', 'JavaScript:alert(1)'],
    ['javascript: behind whitespace and control characters', ' \t\njava\tscript:alert(1)'],
    ['javascript: with an escape the parser forgives', '\u0001javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['blob:', 'blob:https://example.com/1'],
    ['file:', 'file:///etc/passwd'],
    ['plain http to another host', 'http://evil.example/'],
    ['a relative path', '/api/relay/cn/v1/bots'],
    ['a protocol-relative URL', '//evil.example/'],
    ['credentials in the URL', 'https://user:pass@example.com/'],
    ['not a string', { href: 'https://x' }],
    ['an empty string', ''],
  ])('refuses %s', (_, value) => {
    expect(safeLinkHref(value)).toBeUndefined();
  });
});
