import { SANDBOX_IDS } from '../../../catalog/sandbox-ids';
import { CozeCode, CozeError } from '../envelope';
import { putDraftBot } from './bots';
import { requireWorkspace } from './workspaces';
import type { Handler } from '../call';
import { iconUrl } from '../fixtures';

/** An agent template of the store: what a copy of it starts with. */
interface TemplateFixture {
  readonly name: string;
  readonly description: string;
  readonly icon_url: string;
  readonly prompt: string;
  readonly prologue: string;
  readonly suggested_questions: readonly string[];
}

/** The template store the sandbox knows: one agent template. */
const TEMPLATES: Readonly<Record<string, TemplateFixture>> = {
  [SANDBOX_IDS.template]: {
    name: 'Travel Planner',
    description: 'Plans short trips: where to go, what to see and how to get around.',
    icon_url: iconUrl('P', '#2e90fa'),
    prompt: 'You are a travel planner. Ask where and when the user travels, then suggest a day-by-day plan.',
    prologue: 'Where would you like to go, and for how many days?',
    suggested_questions: ['Plan two days in Hangzhou', 'What to pack for Harbin in winter?'],
  },
};

/**
 * POST /v1/templates/:template_id/duplicate: a draft agent in the workspace with the template's
 * settings, which list-bots (`all`, `unpublished_draft`) and retrieve-bot (`is_published=false`) find.
 */
export const duplicateTemplate: Handler = async (call) => {
  const templateId = String(call.path['template_id']);
  const template = TEMPLATES[templateId];
  if (!template)
    throw new CozeError(CozeCode.notFound, `Template ${templateId} not found: the sandbox has ${SANDBOX_IDS.template}`);
  const workspace = await requireWorkspace(call.store, call.body['workspace_id']);
  const name = call.body['name'] === undefined ? template.name : String(call.body['name']);
  if (!name.trim()) throw new CozeError(CozeCode.badRequest, 'Invalid parameter name: 1 to 20 characters');
  // A draft that was never published, as create-bot makes, with the template's settings.
  const id = await putDraftBot(call, workspace.id, {
    name,
    description: template.description,
    icon_url: template.icon_url,
    prompt: template.prompt,
    prologue: template.prologue,
    suggested_questions: [...template.suggested_questions],
  });
  return { data: { entity_id: id, entity_type: 'agent' } };
};
