import * as v from 'valibot';
import type { DocSection } from '../../types';
import { fields, integer, text } from '../../fields';

/** The `header` every callback body starts with; `event_type` names the event. */
export function callbackHeader<const TEventType extends string>(eventType: TEventType) {
  return fields(
    {
      event_type: v.pipe(v.literal(eventType), v.description('Event type.')),
      event_id: text('Unique id of the event; a retry sends the same id again, so de-duplicate on it.'),
      created_at: integer('When the event happened, Unix milliseconds.'),
      coze_account_id: v.optional(text('Coze account the event belongs to; may be empty.')),
      api_app_id: text('Callback app that receives the event.'),
      connector_id: v.optional(text('Channel id; present only for callbacks of a channel (connector) app.')),
    },
    'Envelope shared by every callback.',
  );
}

/** The whole body Coze POSTs: `{header, event}`. */
export function callbackBody<const TEventType extends string, const TEvent extends v.GenericSchema>(
  eventType: TEventType,
  event: TEvent,
) {
  return v.object({ header: callbackHeader(eventType), event });
}

/** How callbacks reach your server: the POST, its signature, the challenge and the 3-second rule. */
export function callbackDelivery(extra: readonly string[] = []): DocSection {
  return {
    kind: 'text',
    heading: 'How the events travel',
    paragraphs: [
      'Coze sends each event as an HTTP POST with a UTF-8 JSON body `{header, event}` to the `callback_url` of a callback app that has subscribed to the event type (create the app, set its URL, then subscribe).',
      "Three headers let you check the sender: `X-Coze-Timestamp` (Unix milliseconds), `X-Coze-Nonce` (random) and `X-Coze-Signature`, the hex SHA-1 of timestamp, nonce, the app's `verify_token` and the raw body joined in that order. Compute it yourself and drop requests that do not match.",
      'When you set the URL, Coze first posts a `url_verification` event whose `event.challenge` you must echo as `{"challenge": "..."}` within 3 seconds.',
      'Answer every event with HTTP 200 within 3 seconds, or Coze sends it again with the same `header.event_id`. Acknowledge first and do slow work afterwards.',
      ...extra,
    ],
  };
}

/** A handler that verifies the signature, answers the challenge and acknowledges at once. */
export const CALLBACK_HANDLER_CODE: DocSection = {
  kind: 'code',
  heading: 'A handler that checks the signature (Hono, Web Crypto)',
  language: 'ts',
  code: `import { Hono } from 'hono';

const app = new Hono<{ Bindings: { COZE_VERIFY_TOKEN: string } }>();

async function sha1Hex(input: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(input));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

app.post('/coze/callback', async (c) => {
  const raw = await c.req.text();
  const timestamp = c.req.header('X-Coze-Timestamp') ?? '';
  const nonce = c.req.header('X-Coze-Nonce') ?? '';
  const expected = await sha1Hex(timestamp + nonce + c.env.COZE_VERIFY_TOKEN + raw);
  if (expected !== c.req.header('X-Coze-Signature')) return c.body(null, 401);

  const body = JSON.parse(raw);
  if (body.header.event_type === 'url_verification') return c.json({ challenge: body.event.challenge });

  // De-duplicate on body.header.event_id, queue the work, and answer within 3 seconds.
  c.executionCtx.waitUntil(handleEvent(body));
  return c.body(null, 200);
});

async function handleEvent(body: { header: { event_type: string; event_id: string }; event: unknown }) {
  console.log(body.header.event_type, body.header.event_id);
}

export default app;`,
};

/** Links every callback page shares: where callback apps and subscriptions are managed. */
export const CALLBACK_APP_LINKS = [
  { pageId: 'api-apps-create', note: 'Create a callback app; it comes with its `verify_token`.' },
  { pageId: 'api-apps-update', note: 'Set the `callback_url`; Coze checks it with the challenge.' },
  { pageId: 'api-apps-events-subscribe', note: 'Subscribe the app to this event type.' },
  { pageId: 'api-apps-events-list', note: 'See which event types the app receives.' },
  { pageId: 'api-apps-events-unsubscribe', note: 'Stop receiving the event.' },
] as const;
