// Bundled and run by build-endpoint-modules.mjs: each endpoint's catalog prose with its Chinese, which
// it puts in place in the endpoint's Chinese module (/endpoints/zh/<id>.js, what a Chinese page's live
// form loads). Texts with no Chinese yet are left out: the page shows them in English, as the static
// render does.
import { ENDPOINTS } from '../catalog';
import { catalogTexts } from '../lib/i18n/catalog-texts';
import { ZH_TEXTS } from '../catalog/zh';

/** [English, Chinese] pairs of the texts an endpoint's live form shows (its parameters'), by endpoint id. */
export function endpointProse(): Record<string, [string, string][]> {
  return Object.fromEntries(
    ENDPOINTS.map((endpoint) => [
      endpoint.id,
      // The live form shows the parameters' descriptions only; the rest of the page is static.
      catalogTexts(
        [{ ...endpoint, description: '', notes: [], response: undefined, streaming: undefined }],
        [],
      ).flatMap(({ en }): [string, string][] => {
        const zh = ZH_TEXTS.get(en);
        return zh ? [[en, zh]] : [];
      }),
    ]),
  );
}
