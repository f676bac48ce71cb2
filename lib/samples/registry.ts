import type { SdkId } from '../../catalog/types';
import type { SampleWriter } from './shared';

/** What each tab's folder exports from its index.ts. */
interface WriterModule {
  readonly writer: SampleWriter;
}

/** A tab of raw HTTP in one language. */
interface HttpTab {
  /** The tab's key: its element id on the page and the language a visitor's choice is stored as. */
  readonly language: string;
  readonly label: string;
  /** The tab's folder, loaded on demand: the site fetches the writer of the tab it shows, no other. */
  readonly load: () => Promise<WriterModule>;
}

/** A tab of an SDK's calls, which sends the raw request with `fallback` where the SDK has no call. */
export interface SdkTab extends HttpTab {
  /** The catalog's name for the SDK (`Endpoint.sdks`). */
  readonly language: SdkId;
  /** The SDK as the tab's notes name it. */
  readonly sdk: string;
  /** The HTTP client of the raw program. */
  readonly fallback: string;
}

/**
 * The sample tabs, in tab order: the one list the site's tabs, the tests and `buildSamples` read.
 * A raw-HTTP language is a folder whose index.ts exports `writer` and one line here.
 */
export const SAMPLE_TABS = [
  { language: 'curl', label: 'curl', load: () => import('./curl') },
  { language: 'fetch', label: 'JavaScript fetch', load: () => import('./fetch') },
  { language: 'requests', label: 'Python requests', load: () => import('./python-requests') },
  {
    language: 'python',
    label: 'Python (cozepy)',
    sdk: 'cozepy',
    fallback: 'requests',
    load: () => import('./python-cozepy'),
  },
  {
    language: 'node',
    label: 'Node.js (@coze/api)',
    sdk: '@coze/api',
    fallback: 'fetch',
    load: () => import('./node-coze-api'),
  },
  { language: 'go', label: 'Go (coze-go)', sdk: 'coze-go', fallback: 'net/http', load: () => import('./go') },
  {
    language: 'java',
    label: 'Java (coze-java)',
    sdk: 'coze-java',
    fallback: 'java.net.http',
    load: () => import('./java'),
  },
] as const satisfies readonly (HttpTab | SdkTab)[];

type Tab = (typeof SAMPLE_TABS)[number];

/** The languages samples are written in. */
export type SampleLanguage = Tab['language'];

/** The SDK languages: each writes the SDK's call where it has one, else raw HTTP in that language. */
export type SdkLanguage = Extract<Tab, { readonly sdk: string }>['language'];

/** Holds only when T is never: its constraint names what is left over. */
type Nothing<T extends never> = T;

/** Every SDK the catalog names has its tab, checked by the compiler. */
export type SdksWithoutTab = Nothing<Exclude<SdkId, SdkLanguage>>;

/** The tab of one language. */
export function tabOf(language: SampleLanguage): HttpTab | SdkTab {
  return SAMPLE_TABS.find((tab) => tab.language === language)!;
}

/** The tab of one language when it is an SDK's, else undefined. */
export function sdkTabOf(language: SampleLanguage): SdkTab | undefined {
  const tab = tabOf(language);
  return 'sdk' in tab ? tab : undefined;
}

/** Loads the writer of one tab's language (its own chunk on the site). */
export async function loadWriter(language: SampleLanguage): Promise<SampleWriter> {
  return (await tabOf(language).load()).writer;
}
