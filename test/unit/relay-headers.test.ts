import { describe, expect, it } from 'vitest';
import { clientResponseHeaders, upstreamRequestHeaders } from '../../worker/relay/headers';

describe('upstreamRequestHeaders', () => {
  const incoming = new Headers({
    authorization: 'Bearer pat_x',
    'content-type': 'application/json',
    cookie: 'a=1',
    host: 'evil.example',
    'x-forwarded-host': 'evil.example',
    connection: 'keep-alive, x-evil',
    'agw-js-conv': 'str',
    'x-sandbox-pace-ms': '0',
  });

  it('forwards only allow-listed headers to Coze', () => {
    expect([...upstreamRequestHeaders(incoming, 'cn').keys()].sort()).toEqual([
      'agw-js-conv',
      'authorization',
      'content-type',
    ]);
  });

  it('also forwards the sandbox controls to the sandbox', () => {
    expect(upstreamRequestHeaders(incoming, 'sandbox').get('x-sandbox-pace-ms')).toBe('0');
  });
});

describe('clientResponseHeaders', () => {
  it('returns content type, log id, disposition and retry-after only', () => {
    const upstream = new Headers({
      'content-type': 'audio/mpeg',
      'x-tt-logid': 'L1',
      'content-disposition': 'attachment',
      'set-cookie': 'x=1',
      server: 'edge',
      'retry-after': '2',
    });
    expect(Object.fromEntries(clientResponseHeaders(upstream))).toEqual({
      'content-type': 'audio/mpeg',
      'x-tt-logid': 'L1',
      'content-disposition': 'attachment',
      'retry-after': '2',
    });
  });
});
