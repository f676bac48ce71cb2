import { isServer } from 'solid-js/web';
import type { Endpoint } from '../../catalog/types';
import Workbench from './Workbench';
import './playground.css';

/**
 * The interactive part of an endpoint page: token and region, the request form, Run, the response,
 * history and samples. Rendered twice from the same components: as static HTML at build time (the
 * page shows the whole form with no JavaScript), and in the browser by `mount` once someone reaches
 * for it, which swaps the static copy for the live one.
 */
export default function Playground(props: { endpoint: Endpoint }) {
  return (
    <div class="pg" data-testid="playground" data-ready={isServer ? 'false' : 'true'}>
      <Workbench endpoint={props.endpoint} />
    </div>
  );
}
