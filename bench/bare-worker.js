// The least a relay on Workers can do, as a yardstick for ours: pass the request to the upstream
// and hand its response straight back, with no JavaScript touching headers or body. Run by the
// bench beside the playground's worker, under the same `wrangler dev`.
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const prefix = '/api/relay/cn/';
    if (!url.pathname.startsWith(prefix)) return new Response(`No route ${url.pathname}`, { status: 404 });
    return fetch(new Request(`${env.UPSTREAM}${url.pathname.slice(prefix.length - 1)}${url.search}`, request));
  },
};
