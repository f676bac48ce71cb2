import type { SampleLanguage, SampleWriter } from '../../lib/samples/tabs';

/**
 * Each tab's code writer, as its own chunk: a page loads the writer of the tab it shows, not all
 * seven (together about 30 KiB gzip, most of it SDK programs).
 */
const LOADERS: Readonly<Record<SampleLanguage, () => Promise<SampleWriter>>> = {
  curl: () => import('../../lib/samples/curl').then((module) => module.curlWriter),
  fetch: () => import('../../lib/samples/fetch').then((module) => module.fetchWriter),
  requests: () => import('../../lib/samples/python-requests').then((module) => module.requestsWriter),
  python: () => import('../../lib/samples/python-cozepy/calls').then((module) => module.cozepyWriter),
  node: () => import('../../lib/samples/node-coze-api/calls').then((module) => module.nodeWriter),
  go: () => import('../../lib/samples/go').then((module) => module.goWriter),
  java: () => import('../../lib/samples/java').then((module) => module.javaWriter),
};

/** Loads the writer of one tab's language. */
export function loadWriter(language: SampleLanguage): Promise<SampleWriter> {
  return LOADERS[language]();
}
