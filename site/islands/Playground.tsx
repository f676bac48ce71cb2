import { isServer } from 'solid-js/web';
import type { RequestSide } from '../../catalog/types';
import type { Lang } from '../../lib/i18n/lang';
import { LangContext, ProseContext, type Prose } from './lang-context';
import type { PageHint } from './page-hints';
import Workbench from './Workbench';
import './playground.css';

/**
 * The interactive part of an endpoint page: token and region, the request form, Run, the response,
 * history and samples. Rendered twice from the same components: as static HTML at build time (the
 * page shows the whole form with no JavaScript), and in the browser by `mount` once someone reaches
 * for it, which swaps the static copy for the live one. Both give it the page's language and the
 * way to show catalog prose in it; the live one also the page's sandbox hints (from its root's data).
 */
export default function Playground(props: {
  endpoint: RequestSide;
  lang?: Lang;
  prose?: Prose;
  hints?: readonly PageHint[];
}) {
  return (
    <LangContext.Provider value={props.lang ?? 'en'}>
      <ProseContext.Provider value={props.prose ?? ((english) => english)}>
        <div class="pg" data-testid="playground" data-ready={isServer ? 'false' : 'true'}>
          <Workbench endpoint={props.endpoint} hints={props.hints ?? []} />
        </div>
      </ProseContext.Provider>
    </LangContext.Provider>
  );
}
