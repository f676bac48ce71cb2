import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { WORKFLOW_EVENTS } from '../../catalog/events';
import { findEndpoint } from '../../catalog/index';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { sandboxSession } from './sandbox-helpers';

interface Frame {
  id: string;
  event: string;
  data: string;
}

const session = () => sandboxSession('workflow');

function framesOf(text: string): Frame[] {
  return text
    .split('\n\n')
    .filter(Boolean)
    .map((block) => {
      const frame: Record<string, string> = {};
      for (const line of block.split('\n')) {
        const colon = line.indexOf(':');
        frame[line.slice(0, colon)] = line.slice(colon + 2);
      }
      return frame as unknown as Frame;
    });
}

function expectValidWorkflowEvents(frames: Frame[]) {
  frames.forEach((frame, i) => {
    expect(frame.id).toBe(String(i));
    const schema = WORKFLOW_EVENTS.find((event) => event.name === frame.event)?.data;
    expect(schema, frame.event).toBeDefined();
    expect(v.safeParse(schema!, JSON.parse(frame.data)).success, frame.event).toBe(true);
  });
}

function expectOk(endpointId: string, body: Record<string, unknown>) {
  expect(body.code).toBe(0);
  const result = v.safeParse(findEndpoint(endpointId)!.response, body);
  expect(result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? []).toEqual([]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sandbox workflow streams', () => {
  it('streams node output in numbered Message frames and ends with Done', async () => {
    const { send } = session();
    const res = await send('POST', '/v1/workflow/stream_run', {
      workflow_id: SANDBOX_IDS.workflow,
      parameters: { user_name: 'George' },
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const text = await res.text();
    expect(text).toMatch(/^id: 0\nevent: Message\ndata: \{/);
    const frames = framesOf(text);
    expectValidWorkflowEvents(frames);
    const messages = frames.slice(0, -1).map((f) => JSON.parse(f.data));
    expect(frames.slice(0, -1).every((f) => f.event === 'Message')).toBe(true);
    expect(messages.length).toBeGreaterThan(5);
    expect(messages.map((m) => m.node_seq_id)).toEqual(messages.map((_, i) => String(i)));
    expect(messages.map((m) => m.node_is_finish)).toEqual(messages.map((_, i) => i === messages.length - 1));
    expect(messages.at(-1)).toMatchObject({ node_title: 'End', usage: { token_count: expect.any(Number) } });
    expect(messages[0]).not.toHaveProperty('usage');
    expect(messages.map((m) => m.content).join('')).toContain('Hello, George!');
    const done = frames.at(-1)!;
    expect(done.event).toBe('Done');
    expect(JSON.parse(done.data).debug_url).toContain(`workflow_id=${SANDBOX_IDS.workflow}`);
  });

  it('stops at the question, then resumes with the answer in the output', async () => {
    const { send, json } = session();
    const run = framesOf(
      await (await send('POST', '/v1/workflow/stream_run', { workflow_id: SANDBOX_IDS.questionWorkflow })).text(),
    );
    expectValidWorkflowEvents(run);
    expect(run.map((f) => f.event)).toEqual(['Message', 'Interrupt']);
    const interrupt = JSON.parse(run[1]!.data);
    expect(interrupt).toMatchObject({
      node_title: 'Question',
      interrupt_data: { type: 2, data: 'Which city are you travelling to?' },
    });
    const resume = {
      workflow_id: SANDBOX_IDS.questionWorkflow,
      event_id: interrupt.interrupt_data.event_id,
      interrupt_type: 2,
      resume_data: 'Hangzhou',
    };

    const resumed = framesOf(await (await send('POST', '/v1/workflow/stream_resume', resume)).text());
    expectValidWorkflowEvents(resumed);
    expect(resumed.at(-1)!.event).toBe('Done');
    const output = resumed
      .filter((f) => f.event === 'Message')
      .map((f) => JSON.parse(f.data).content)
      .join('');
    expect(output).toContain('Hangzhou');

    const again = await json('POST', '/v1/workflow/stream_resume', resume);
    expect(again).toMatchObject({ code: 4315, msg: expect.stringContaining('already resumed') });
  });

  it('refuses to resume an unknown event or with the wrong interrupt type', async () => {
    const { json } = session();
    const base = { workflow_id: SANDBOX_IDS.questionWorkflow, interrupt_type: 2, resume_data: 'Beijing' };
    expect((await json('POST', '/v1/workflow/stream_resume', { ...base, event_id: '123' })).code).toBe(4200);
    expect(
      (
        await json('POST', '/v1/workflow/stream_resume', {
          ...base,
          event_id: SANDBOX_IDS.interruptEvent,
          interrupt_type: 5,
        })
      ).code,
    ).toBe(4000);
    expect(
      (
        await json('POST', '/v1/workflows/resume', {
          ...base,
          workflow_id: SANDBOX_IDS.workflow,
          event_id: SANDBOX_IDS.interruptEvent,
        })
      ).code,
    ).toBe(4000);
  });

  it('resumes the seeded interrupt every time, so its example always runs', async () => {
    const { send } = session();
    const body = {
      workflow_id: SANDBOX_IDS.questionWorkflow,
      event_id: SANDBOX_IDS.interruptEvent,
      interrupt_type: 2,
      resume_data: 'Beijing',
    };
    for (let i = 0; i < 2; i++) {
      const frames = framesOf(await (await send('POST', '/v1/workflow/stream_resume', body)).text());
      expect(frames.at(-1)!.event).toBe('Done');
    }
  });

  it('answers 4200 before streaming for an unknown workflow', async () => {
    const { send } = session();
    const res = await send('POST', '/v1/workflow/stream_run', { workflow_id: '123' });
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(((await res.json()) as { code: number }).code).toBe(4200);
  });
});

describe('sandbox workflow runs', () => {
  it('runs synchronously with data as a JSON string of the output', async () => {
    const { json } = session();
    const body = await json('POST', '/v1/workflow/run', {
      workflow_id: SANDBOX_IDS.workflow,
      parameters: { user_name: 'Ada', team: 'core' },
    });
    expectOk('run-workflow', body);
    expect(typeof body.data).toBe('string');
    expect(JSON.parse(body.data).output).toContain('Hello, Ada!');
    expect(JSON.parse(body.data).output).toContain('team=core');
    expect(body.execute_id).toMatch(/^\d{19}$/);
    expect(body.debug_url).toContain(body.execute_id);
    const history = await json('GET', `/v1/workflows/${SANDBOX_IDS.workflow}/run_histories/${body.execute_id}`);
    expectOk('retrieve-workflow-run-history', history);
    expect(history.data[0]).toMatchObject({ execute_status: 'Success', run_mode: 0 });
    expect(JSON.parse(history.data[0].output)).toEqual({ Output: body.data });
  });

  it('runs asynchronously: an execute_id at once, Running, then Success with node output', async () => {
    const { json } = session();
    const started = await json(
      'POST',
      '/v1/workflow/run',
      { workflow_id: SANDBOX_IDS.workflow, is_async: true },
      { 'x-sandbox-pace-ms': '10' },
    );
    expect(started.data).toBe('');
    const path = `/v1/workflows/${SANDBOX_IDS.workflow}/run_histories/${started.execute_id}`;
    const first = (await json('GET', path)).data[0];
    expect(first).toMatchObject({ execute_status: 'Running', run_mode: 2, output: '' });
    let record = first;
    for (let i = 0; i < 50 && record.execute_status === 'Running'; i++) {
      await sleep(50);
      record = (await json('GET', path)).data[0];
    }
    expect(record.execute_status).toBe('Success');
    const [node] = Object.values(record.node_execute_status) as { node_execute_uuid: string; is_finish: boolean }[];
    expect(node!.is_finish).toBe(true);
    const output = await json('GET', `${path}/execute_nodes/${node!.node_execute_uuid}`);
    expectOk('retrieve-workflow-node-output', output);
    expect(output.data.is_finish).toBe(true);
    expect(JSON.parse(output.data.node_output).output).toContain('Hello, there!');
  });

  it('answers interrupt_data for a synchronous run that stops at the question, and resumes it', async () => {
    const { json } = session();
    const run = await json('POST', '/v1/workflow/run', { workflow_id: SANDBOX_IDS.questionWorkflow });
    expectOk('run-workflow', run);
    expect(run).toMatchObject({ data: '', interrupt_data: { type: 2, data: 'Which city are you travelling to?' } });
    const history = (await json('GET', `/v1/workflows/${SANDBOX_IDS.questionWorkflow}/run_histories/${run.execute_id}`))
      .data[0];
    expect(history).toMatchObject({
      execute_status: 'Running',
      interrupt_data: { event_id: run.interrupt_data.event_id },
    });
    const resumed = await json('POST', '/v1/workflows/resume', {
      workflow_id: SANDBOX_IDS.questionWorkflow,
      event_id: run.interrupt_data.event_id,
      interrupt_type: 2,
      resume_data: 'Tokyo',
    });
    expectOk('resume-workflow', resumed);
    expect(JSON.parse(resumed.data).output).toContain('Tokyo');
    const after = (await json('GET', `/v1/workflows/${SANDBOX_IDS.questionWorkflow}/run_histories/${run.execute_id}`))
      .data[0];
    expect(after.execute_status).toBe('Success');
    expect(after).not.toHaveProperty('interrupt_data');
  });

  it('refuses a chatflow, and bot_id together with app_id', async () => {
    const { json } = session();
    expect((await json('POST', '/v1/workflow/run', { workflow_id: SANDBOX_IDS.chatflow })).code).toBe(4000);
    const both = await json('POST', '/v1/workflow/run', {
      workflow_id: SANDBOX_IDS.workflow,
      bot_id: SANDBOX_IDS.bot,
      app_id: SANDBOX_IDS.app,
    });
    expect(both).toMatchObject({ code: 4000, msg: expect.stringContaining('not both') });
  });

  it('answers 4200 for a node execution that is not the run’s', async () => {
    const { json } = session();
    const body = await json(
      'GET',
      `/v1/workflows/${SANDBOX_IDS.workflow}/run_histories/${SANDBOX_IDS.execute}/execute_nodes/123`,
    );
    expect(body.code).toBe(4200);
  });
});

describe('sandbox workflow catalog', () => {
  it('lists library workflows by default and the app’s chatflow by app_id', async () => {
    const { json } = session();
    const library = await json('GET', `/v1/workflows?workspace_id=${SANDBOX_IDS.workspace}&page_num=1`);
    expectOk('list-workflows', library);
    expect(library.data.items.map((w: { workflow_id: string }) => w.workflow_id)).toEqual([
      SANDBOX_IDS.workflow,
      SANDBOX_IDS.questionWorkflow,
    ]);
    const app = await json(
      'GET',
      `/v1/workflows?workspace_id=${SANDBOX_IDS.workspace}&page_num=1&app_id=${SANDBOX_IDS.app}&workflow_mode=chatflow`,
    );
    expect(app.data.items.map((w: { workflow_id: string }) => w.workflow_id)).toEqual([SANDBOX_IDS.chatflow]);
    const paged = await json('GET', `/v1/workflows?workspace_id=${SANDBOX_IDS.workspace}&page_num=1&page_size=1`);
    expect(paged.data).toMatchObject({ has_more: true, items: [{ workflow_id: SANDBOX_IDS.workflow }] });
  });

  it('shows input and output schemas only when asked', async () => {
    const { json } = session();
    const plain = await json('GET', `/v1/workflows/${SANDBOX_IDS.workflow}`);
    expect(plain.data).not.toHaveProperty('input');
    const full = await json('GET', `/v1/workflows/${SANDBOX_IDS.workflow}?include_input_output=true`);
    expectOk('retrieve-workflow', full);
    expect(full.data.input.parameters).toHaveProperty('user_name');
    expect(full.data.workflow_detail.workflow_name).toBe('greeting_workflow');
  });

  it('pages versions with next_page_token', async () => {
    const { json } = session();
    const seen: string[] = [];
    let token = '';
    for (let page = 0; page < 10; page++) {
      const body = await json(
        'GET',
        `/v1/workflows/${SANDBOX_IDS.workflow}/versions?page_size=2${token ? `&page_token=${token}` : ''}`,
      );
      expectOk('list-workflow-versions', body);
      seen.push(...body.data.items.map((item: { version: string }) => item.version));
      if (!body.data.has_more) {
        expect(body.data.next_page_token).toBe('');
        break;
      }
      token = body.data.next_page_token;
    }
    expect(seen).toEqual(['v0.0.5', 'v0.0.4', 'v0.0.3', 'v0.0.2', 'v0.0.1']);
    expect((await json('GET', `/v1/workflows/${SANDBOX_IDS.workflow}/versions?page_token=abc`)).code).toBe(4000);
  });

  it('adds and removes collaborators, and switches to single mode once they are gone', async () => {
    const { json } = session();
    const base = `/v1/workflows/${SANDBOX_IDS.workflow}`;
    const blocked = await json('POST', `${base}/collaboration_mode`, { collaboration_mode: 'single' });
    expect(blocked).toMatchObject({ code: 4000, msg: expect.stringContaining('collaborator') });
    const added = await json('POST', `${base}/collaborators`, { collaborators: [{ user_id: '7351000000000000999' }] });
    expectOk('add-workflow-collaborator', added);
    expect(added).not.toHaveProperty('data');
    for (const user of [SANDBOX_IDS.user, '7351000000000000999'])
      expect((await json('DELETE', `${base}/collaborators/${user}`)).code).toBe(0);
    expect((await json('DELETE', `${base}/collaborators/${SANDBOX_IDS.user}`)).code).toBe(4200);
    expectOk(
      'switch-workflow-collaboration-mode',
      await json('POST', `${base}/collaboration_mode`, { collaboration_mode: 'single' }),
    );
    const refused = await json('POST', `${base}/collaborators`, { collaborators: [{ user_id: SANDBOX_IDS.user }] });
    expect(refused).toMatchObject({ code: 4000, msg: expect.stringContaining('single mode') });
  });

  it('keeps collaboration to resource-library workflows', async () => {
    const { json } = session();
    expect(
      (
        await json('POST', `/v1/workflows/${SANDBOX_IDS.chatflow}/collaboration_mode`, {
          collaboration_mode: 'collaboration',
        })
      ).code,
    ).toBe(4000);
  });
});
