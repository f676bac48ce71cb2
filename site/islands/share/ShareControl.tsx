import type { Texts } from '../../../lib/i18n/lang';
import { useLang } from '../lang-context';
import type { ShareSource } from './ShareResult';

const TEXTS: Texts<{ share: string; title: string }> = {
  en: { share: 'Share', title: 'A link that fills this form as it is now (never your token)' },
  zh: { share: '分享', title: '生成按当前内容填好本表单的链接（不含访问令牌）' },
};

/**
 * The Share button of a request, or the Share link of a history row (which keeps one button); the
 * link maker and its messages load on the first click (share-ui.tsx) and show in the slot beside it.
 */
export default function ShareControl(props: { source: () => Promise<ShareSource> | ShareSource; testId: string }) {
  const lang = useLang();
  let slot: HTMLSpanElement | undefined;
  return (
    <span class="pg-share">
      <a
        href="#share"
        role={props.testId === 'share' ? 'button' : undefined}
        class={props.testId === 'share' ? 'button' : 'pg-link'}
        title={TEXTS[lang].title}
        onClick={(event) => {
          event.preventDefault();
          void import('./share-ui').then((ui) => ui.showShare(slot!, props.source, lang));
        }}
        data-testid={props.testId}
      >
        {TEXTS[lang].share}
      </a>
      <span ref={slot} />
    </span>
  );
}
