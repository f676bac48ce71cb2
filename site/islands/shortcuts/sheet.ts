// The `?` sheet: a dialog listing every shortcut of keys.ts, in the page's language.
import { langOfPath, type Texts } from '../../../lib/i18n/lang';
import type { ShortcutAction } from './keys';
import './sheet.css';

const TEXTS: Texts<{ title: string; close: string; actions: Record<ShortcutAction, string>; whileRunning: string }> = {
  en: {
    title: 'Keyboard shortcuts',
    close: 'Close',
    whileRunning: 'while a run is going',
    actions: {
      search: 'Search the reference',
      run: 'Run the request',
      stop: 'Stop the run',
      'copy-curl': 'Copy the request as curl',
      'focus-form': 'Go to the form',
      'open-history': 'Open history',
      help: 'Show these shortcuts',
    },
  },
  zh: {
    title: '键盘快捷键',
    close: '关闭',
    whileRunning: '运行中',
    actions: {
      search: '搜索 API 参考',
      run: '运行请求',
      stop: '停止运行',
      'copy-curl': '复制为 curl 命令',
      'focus-form': '跳到请求参数',
      'open-history': '打开历史记录',
      help: '显示快捷键列表',
    },
  },
};

/** The keys of each action as shown, with ⌘ and ⌥ on a Mac. */
function keysOf(action: ShortcutAction, mac: boolean): string[][] {
  const mod = mac ? '⌘' : 'Ctrl';
  const alt = mac ? '⌥' : 'Alt';
  const letters: Partial<Record<ShortcutAction, string>> = { 'copy-curl': 'C', 'focus-form': 'F', 'open-history': 'H' };
  switch (action) {
    case 'search':
      return [[mod, 'K'], ['/']];
    case 'run':
      return [[mod, 'Enter']];
    case 'stop':
      return [['Esc']];
    case 'help':
      return [['?']];
    default:
      return [[alt, 'Shift', letters[action]!]];
  }
}

const ORDER: readonly ShortcutAction[] = ['search', 'run', 'stop', 'copy-curl', 'focus-form', 'open-history', 'help'];

let dialog: HTMLDialogElement | undefined;

/** Opens the shortcut sheet (a modal dialog; Escape or Close shuts it). */
export function openShortcutSheet(): void {
  if (!dialog) {
    const text = TEXTS[langOfPath(window.location.pathname)];
    const mac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
    dialog = document.createElement('dialog');
    dialog.className = 'shortcut-sheet';
    dialog.dataset.testid = 'shortcut-sheet';
    dialog.setAttribute('aria-labelledby', 'shortcut-sheet-title');
    const title = Object.assign(document.createElement('h2'), { id: 'shortcut-sheet-title', textContent: text.title });
    const list = document.createElement('dl');
    for (const action of ORDER) {
      const term = document.createElement('dt');
      keysOf(action, mac).forEach((combo, index) => {
        if (index) term.append(' / ');
        combo.forEach((key, at) => {
          if (at) term.append('+');
          term.append(Object.assign(document.createElement('kbd'), { textContent: key }));
        });
      });
      const detail = document.createElement('dd');
      detail.textContent = action === 'stop' ? `${text.actions.stop} (${text.whileRunning})` : text.actions[action];
      list.append(term, detail);
    }
    const close = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'button',
      textContent: text.close,
    });
    close.addEventListener('click', () => dialog!.close());
    const form = document.createElement('div');
    form.className = 'shortcut-sheet-foot';
    form.append(close);
    dialog.append(title, list, form);
    document.body.append(dialog);
  }
  if (!dialog.open) dialog.showModal();
}
