import type { FormValues, Region } from '../../../lib/request-model';
import { decodeShared, filledFields } from './share-link';
import type { ShareOutcome } from './ShareBanner';

/**
 * Reads a `#share=` fragment for this endpoint: the values and region to load (when the link is
 * whole and for this page) and what the banner says.
 */
export async function openShared(
  hash: string,
  endpointId: string,
): Promise<{ load?: { region?: Region; values: FormValues }; outcome: ShareOutcome }> {
  const state = await decodeShared(hash);
  if (!state) return { outcome: { kind: 'damaged' } };
  if (state.endpointId !== endpointId) return { outcome: { kind: 'wrong-page' } };
  return {
    load: { ...(state.region ? { region: state.region } : {}), values: state.values },
    outcome: {
      kind: 'filled',
      ...(state.region ? { region: state.region } : {}),
      filled: filledFields(state.values),
      omitted: state.omitted ?? [],
    },
  };
}
