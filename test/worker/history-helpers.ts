import { exports } from 'cloudflare:workers';

/**
 * A run read back from history by its owner's token. The relay saves in `waitUntil`, after the
 * answer, so this polls briefly (3 s) before it gives up.
 */
export async function savedRun<Run>(runId: string, token: string): Promise<Run> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const res = await exports.default.fetch(
      new Request(`https://playground.test/api/history/${runId}`, { headers: { authorization: `Bearer ${token}` } }),
    );
    if (res.status === 200) return ((await res.json()) as { run: Run }).run;
    await res.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`run ${runId} never appeared in history`);
}
