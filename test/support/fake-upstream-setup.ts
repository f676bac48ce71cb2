import type { TestProject } from 'vitest/node';
import { startFakeUpstream } from './fake-upstream';

/** Global setup of the worker project: a fake Coze upstream the relay's cn/com regions point at. */
export default async function setup(project: TestProject) {
  const { url, server } = await startFakeUpstream();
  project.provide('fakeUpstreamUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
