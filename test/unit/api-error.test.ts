import { describe, expect, it } from 'vitest';
import { ApiError, COZE_CODE_OF, isApiErrorBody } from '../../lib/api-error';

describe('ApiError.toBody', () => {
  it("writes Coze's fields beside ours, with the log id it is given", () => {
    const body = new ApiError(404, 'not_found', 'No Coze endpoint GET /v9/x').toBody({ logid: 'L1' });
    expect(body).toEqual({
      code: 4200,
      msg: 'No Coze endpoint GET /v9/x',
      detail: { logid: 'L1' },
      error: { status: 404, code: 'not_found', message: 'No Coze endpoint GET /v9/x' },
    });
    expect(isApiErrorBody(body)).toBe(true);
  });

  it('takes the Coze code a throw site names over the default', () => {
    expect(new ApiError(413, 'payload_too_large', 'too big', undefined, 4302).toBody().code).toBe(4302);
    expect(new ApiError(413, 'payload_too_large', 'too big').toBody().code).toBe(COZE_CODE_OF.payload_too_large);
  });

  it('makes a log id shaped like Coze’s when given none', () => {
    expect(new ApiError(500, 'internal', 'x').toBody().detail.logid).toMatch(/^\d{14}[0-9A-F]{20}$/);
  });

  it('passes the message and every issue path and message through the mask', () => {
    const error = new ApiError(400, 'invalid_request', 'bad secret', [
      { location: 'body', path: 'secret', message: 'secret is wrong' },
    ]);
    const body = error.toBody({ mask: (text) => text.replaceAll('secret', '***') });
    expect(body.msg).toBe('bad ***');
    expect(body.error.message).toBe('bad ***');
    expect(body.error.issues).toEqual([{ location: 'body', path: '***', message: '*** is wrong' }]);
  });
});
