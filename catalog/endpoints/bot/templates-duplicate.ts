import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { BotNameSchema } from './bot-settings';

/** Duplicate a template: POST /v1/templates/:template_id/duplicate */
export default defineEndpoint({
  id: 'templates-duplicate',
  group: 'bot',
  titleZh: '复制模板',
  titleEn: 'Duplicate a template',
  description:
    'Copies a template of the Coze template store into a workspace as a new agent of your own, and returns its id; the copy starts as an unpublished draft.',
  notes: [
    'The Coze docs have no page for this call; the official SDKs make it (`templates.duplicate`), and its shape is theirs.',
    'Agent templates only: `entity_type` is `agent` and `entity_id` is the new agent, ready for retrieve-bot and update-bot.',
    'Leave out `name` to keep the template name.',
  ],
  method: 'POST',
  path: '/v1/templates/:template_id/duplicate',
  params: {
    path: v.object({
      template_id: v.pipe(
        v.string(),
        v.nonEmpty('template_id is required'),
        v.description('Template to copy: the number in its template store URL.'),
      ),
    }),
    body: v.object({
      workspace_id: v.pipe(
        v.string(),
        v.nonEmpty('workspace_id is required'),
        v.description('Workspace to put the copy in.'),
      ),
      name: v.optional(
        v.pipe(BotNameSchema, v.description('Name of the copy, 1-20 characters; the template name when left out.')),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          entity_id: v.pipe(v.string(), v.description('Id of the new agent.')),
          entity_type: v.pipe(
            v.picklist(['agent']),
            v.description('What the copy is: `agent`.'),
            v.examples(['agent']),
          ),
        }),
        v.description('The copy.'),
      ),
    ),
  }),
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    path: { template_id: SANDBOX_IDS.template },
    body: { workspace_id: SANDBOX_IDS.workspace, name: 'My travel helper' },
  },
});
