import { describe, expect, it } from 'vitest';
import { DOC_PAGES, ENDPOINTS } from '../../catalog';
import { ZH_TEXTS } from '../../catalog/zh';
import { catalogTexts } from '../i18n/catalog-texts';

describe('the SDK try-out pages in Chinese', () => {
  it('have a translation for every text they show, the options of their schemas included', () => {
    const texts = catalogTexts(ENDPOINTS, DOC_PAGES).filter((text) => /^(chat-sdk|web-sdk|realtime-sdk) /.test(text.where));
    expect(texts.some((text) => text.where.startsWith('chat-sdk s0 chat-sdk '))).toBe(true);
    expect(texts.filter((text) => !ZH_TEXTS.has(text.en)).map((text) => text.en)).toEqual([]);
  });
});
