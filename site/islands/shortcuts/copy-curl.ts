// "Copy as curl" (Alt+Shift+C): the form's request as the curl sample writes it (the token read
// from $COZE_API_TOKEN, never written), copied, with a short notice. Loaded when first used.
import type { RequestSide } from '../../../catalog/types';
import { langOfPath, type Texts } from '../../../lib/i18n/lang';
import { buildRequest, type BuildOptions } from '../../../lib/request-model';
import { loadWriter } from '../../../lib/samples/registry';
import { inputOf } from '../../../lib/samples/shared';
import { sampleOf } from '../../../lib/samples/tabs';
import type { RequestValues } from '../../../lib/validate-request';

const TEXTS: Texts<{ copied: string; failed: string }> = {
  en: { copied: 'Copied the request as curl.', failed: 'Could not copy: the browser refused the clipboard.' },
  zh: { copied: '已将请求复制为 curl 命令。', failed: '复制失败：浏览器拒绝访问剪贴板。' },
};

/** The curl command for the form's request, without the token. */
export async function curlOf(endpoint: RequestSide, values: RequestValues, options: BuildOptions): Promise<string> {
  const model = buildRequest(endpoint, values, { ...options, token: undefined });
  const input = inputOf(endpoint, model, values, model.streams ? 'streaming' : 'non-streaming');
  return sampleOf('curl', input, await loadWriter('curl')).code;
}

function notice(message: string): void {
  const note = document.createElement('p');
  note.className = 'pg-toast';
  note.setAttribute('role', 'status');
  note.dataset.testid = 'toast';
  note.textContent = message;
  document.body.append(note);
  setTimeout(() => note.remove(), 2500);
}

/** Copies the form's request as curl and says so. */
export async function copyCurl(endpoint: RequestSide, values: RequestValues, options: BuildOptions): Promise<void> {
  const text = TEXTS[langOfPath(window.location.pathname)];
  const code = await curlOf(endpoint, values, options);
  try {
    await navigator.clipboard.writeText(code);
    notice(text.copied);
  } catch {
    notice(text.failed);
  }
}
