// The search palette (Ctrl/Cmd+K, `/`, the top bar's Search button). Loaded on first open with its
// index, so a page pays nothing for it until then. A native modal <dialog> keeps focus inside it and
// closes on Escape; the input is an ARIA combobox driving a listbox, with the active option named by
// aria-activedescendant while focus stays in the input.
import { langOfPath, pathInLang, type Lang, type Texts } from '../../../lib/i18n/lang';
import { prepareIndex, search, type PreparedIndex, type SearchHit } from '../../search/rank';
import type { SearchEntry, SearchIndex } from '../../search/search-index';
import './palette.css';

const TEXTS: Texts<{
  label: string;
  placeholder: string;
  loading: string;
  failed: string;
  empty: string;
  hint: string;
  count: (n: number) => string;
  code: (code: string) => string;
  kinds: Record<SearchEntry[0], string>;
}> = {
  en: {
    label: 'Search the reference',
    placeholder: 'Search endpoints, paths, pages, error codes…',
    loading: 'Loading the index…',
    failed: 'The search index could not load. Try again.',
    empty: 'Nothing matches.',
    hint: '↑ ↓ to move · Enter to open · Esc to close',
    count: (n) => `${n} result${n === 1 ? '' : 's'}`,
    code: (code) => `Error code ${code}`,
    kinds: { endpoint: 'API', ws: 'WS', events: 'events', reference: 'ref', guide: 'guide', code: 'code' },
  },
  zh: {
    label: '搜索 API 参考',
    placeholder: '搜索接口、路径、文档页、错误码…',
    loading: '正在加载索引…',
    failed: '搜索索引加载失败，请重试。',
    empty: '没有匹配的结果。',
    hint: '↑ ↓ 选择 · Enter 打开 · Esc 关闭',
    count: (n) => `${n} 个结果`,
    code: (code) => `错误码 ${code}`,
    kinds: { endpoint: 'API', ws: 'WS', events: '事件', reference: '参考', guide: '指南', code: '错误码' },
  },
};

let index: Promise<PreparedIndex> | undefined;

/** The index, fetched once per page (and again after a failure). */
export function loadIndex(): Promise<PreparedIndex> {
  index ??= fetch('/search-index.json')
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<SearchIndex>;
    })
    .then(prepareIndex)
    .catch((error: unknown) => {
      index = undefined;
      throw error;
    });
  return index;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key in node && !key.includes('-')) (node as unknown as Record<string, unknown>)[key] = value;
    else node.setAttribute(key, String(value));
  }
  node.append(...children);
  return node;
}

/** What one result shows: the title in the page's language first, the other language and the path under it. */
function describe(entry: SearchEntry, lang: Lang, text: (typeof TEXTS)['en']): [string, string] {
  const [kind, id, , titleZh, titleEn, method, path] = entry;
  const [first, second] = lang === 'zh' ? [titleZh, titleEn] : [titleEn, titleZh];
  if (kind === 'code') return [text.code(id), `${first} · ${second}`];
  return [first, [second, method && path ? `${method} ${path}` : path || id].filter(Boolean).join(' · ')];
}

let dialog: HTMLDialogElement | undefined;

function build(lang: Lang): HTMLDialogElement {
  const text = TEXTS[lang];
  const input = element('input', {
    type: 'text',
    className: 'palette-input',
    placeholder: text.placeholder,
    autocomplete: 'off',
    spellcheck: false,
    role: 'combobox',
    'aria-label': text.label,
    'aria-expanded': 'false',
    'aria-controls': 'palette-list',
    'aria-autocomplete': 'list',
    'data-testid': 'palette-input',
  });
  const list = element('ul', {
    id: 'palette-list',
    className: 'palette-list',
    role: 'listbox',
    'aria-label': text.label,
    'data-testid': 'palette-results',
  });
  const status = element('p', { className: 'palette-empty', role: 'status' });
  const foot = element('p', { className: 'palette-foot' }, text.hint);
  const box = element('div', { className: 'palette-box' }, input, status, list, foot);
  const node = element('dialog', { className: 'palette', 'aria-label': text.label, 'data-testid': 'palette' }, box);

  let hits: SearchHit[] = [];
  let active = -1;
  let prepared: PreparedIndex | undefined;

  const options = () => [...list.children] as HTMLElement[];
  function activate(next: number): void {
    const all = options();
    if (!all.length) return;
    active = (next + all.length) % all.length;
    all.forEach((option, position) => option.setAttribute('aria-selected', String(position === active)));
    input.setAttribute('aria-activedescendant', all[active]!.id);
    all[active]!.scrollIntoView({ block: 'nearest' });
  }
  function go(position: number): void {
    const hit = hits[position];
    if (!hit) return;
    const target = pathInLang(hit.entry[2], lang);
    node.close();
    window.location.assign(target);
    // The same page with another fragment (an error code's row) does not reload: show the row.
    const hash = target.split('#')[1];
    if (hash) document.getElementById(hash)?.scrollIntoView({ block: 'center' });
  }
  function render(): void {
    if (!prepared) return;
    hits = search(prepared, input.value);
    list.replaceChildren(
      ...hits.map((hit, position) => {
        const [title, sub] = describe(hit.entry, lang, text);
        const option = element(
          'li',
          {
            id: `palette-option-${position}`,
            className: 'palette-option',
            role: 'option',
            'aria-selected': 'false',
            'data-href': pathInLang(hit.entry[2], lang),
            'data-testid': 'palette-option',
          },
          element('span', { className: 'palette-kind' }, text.kinds[hit.entry[0]]),
          element('span', {}, title),
          element('span', { className: 'palette-sub' }, sub),
        );
        option.addEventListener('click', () => go(position));
        option.addEventListener('pointermove', () => active !== position && activate(position));
        return option;
      }),
    );
    input.setAttribute('aria-expanded', String(hits.length > 0));
    input.removeAttribute('aria-activedescendant');
    active = -1;
    if (hits.length) activate(0);
    status.textContent = input.value.trim() ? (hits.length ? text.count(hits.length) : text.empty) : '';
  }

  input.addEventListener('input', render);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      activate(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Home' && event.ctrlKey) activate(0);
    else if (event.key === 'End' && event.ctrlKey) activate(hits.length - 1);
    else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      go(active);
    }
  });
  // A click on the backdrop (outside the box) closes, as Escape does.
  node.addEventListener('click', (event) => event.target === node && node.close());
  node.addEventListener('close', () => node.dataset.open === 'true' && delete node.dataset.open);

  status.textContent = text.loading;
  loadIndex().then(
    (ready) => {
      prepared = ready;
      status.textContent = '';
      render();
    },
    () => {
      status.textContent = text.failed;
      node.dataset.failed = 'true';
    },
  );
  return node;
}

/** Opens the palette (building it on the first call), focus in its input; the opener gets focus back on close. */
export function openPalette(): void {
  const lang = langOfPath(window.location.pathname);
  // A palette whose index failed to load is built anew, which fetches the index again.
  if (dialog?.dataset.failed && !dialog.open) dialog.remove();
  if (!dialog || !dialog.isConnected) {
    dialog = build(lang);
    document.body.append(dialog);
  }
  if (dialog.open) return;
  const opener = document.activeElement as HTMLElement | null;
  dialog.addEventListener('close', () => opener?.isConnected && opener.focus(), { once: true });
  dialog.showModal();
  dialog.dataset.open = 'true';
  const input = dialog.querySelector('input')!;
  input.select();
  input.focus();
}
