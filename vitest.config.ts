import { defineConfig } from 'vitest/config';
import { cloudflareTest } from '@cloudflare/vitest-plugin';

// Three projects, one `vitest run`: pure logic under Node, the worker inside workerd (with a fake
// Coze upstream on 127.0.0.1 started by the global setup), and the built site in headless Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        // Unit tests live in test/unit/ or beside the code they test (lib/samples/<language>/).
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'lib/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          globalSetup: ['test/support/fake-upstream-setup.ts'],
          // Streams paced like Coze's take seconds; on a busy 2-core machine the default 5 s is too tight.
          testTimeout: 20_000,
        },
        plugins: [
          cloudflareTest(({ inject }) => {
            const upstream = inject<string>('fakeUpstreamUrl');
            return {
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                bindings: {
                  UPSTREAM_CN: upstream,
                  UPSTREAM_COM: upstream,
                  UPSTREAM_WS_CN: upstream,
                  UPSTREAM_WS_COM: upstream,
                  // Short enough for a test to see a session reach its length limit.
                  REALTIME_MAX_SESSION_MS: '8000',
                  HISTORY_SECRET: 'test-history-secret',
                },
              },
            };
          }),
        ],
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
