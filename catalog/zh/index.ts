// Chinese for the catalog's English prose, keyed by the English text itself (gettext's model):
// a sentence shared by many fields is translated once, and `lib/i18n/catalog-texts.test.ts` names
// every English text without a translation and every translation whose English is gone. Terms
// follow Coze's Chinese docs (智能体, 会话, 对话, 工作流, 知识库, 工作空间, 访问令牌…); `code`
// spans, field names, values and error numbers stay as they are.

/** Chinese by English text, one file per translation bucket (see `catalogTexts`). */
export const ZH_TEXTS: ReadonlyMap<string, string> = new Map<string, string>([]);
