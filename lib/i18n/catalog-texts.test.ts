import { describe, expect, test } from "vitest";
import { DOC_PAGES, ENDPOINTS } from "../../catalog";
import { ZH_TEXTS } from "../../catalog/zh";
import { catalogTexts } from "./catalog-texts";

const TEXTS = catalogTexts(ENDPOINTS, DOC_PAGES);

describe("the catalog in Chinese", () => {
  test("the walk finds every kind of prose the pages show", () => {
    const where = TEXTS.map((text) => text.where);
    expect(where).toContain("create-chat description");
    expect(
      where.some((w) =>
        w.startsWith("create-chat body.additional_messages[]."),
      ),
    ).toBe(true);
    expect(
      where.some((w) =>
        w.startsWith("create-chat event conversation.message.delta"),
      ),
    ).toBe(true);
    expect(TEXTS.some((text) => text.bucket === "pages-guide")).toBe(true);
  });

  // One test per bucket, so a translator sees which file is short and by what.
  test.each([...new Set(TEXTS.map((text) => text.bucket))])(
    "every English text of %s has a translation",
    (bucket) => {
      const missing = TEXTS.filter(
        (text) => text.bucket === bucket && !ZH_TEXTS.has(text.en),
      ).map((text) => `${text.where}: ${text.en}`);
      expect(missing).toEqual([]);
    },
  );

  test("a translation is Chinese, not the English copied", () => {
    const copied = TEXTS.filter((text) => {
      const zh = ZH_TEXTS.get(text.en);
      // Values (a table cell like `pcm` or `200`) translate to themselves; prose must not.
      return (
        zh !== undefined &&
        zh === text.en &&
        /[A-Za-z]+ [A-Za-z]+ [A-Za-z]+/.test(text.en.replace(/`[^`]*`/g, ""))
      );
    });
    expect(copied.map((text) => text.where)).toEqual([]);
  });

  test("no translation is left whose English is gone", () => {
    const known = new Set(TEXTS.map((text) => text.en));
    expect([...ZH_TEXTS.keys()].filter((en) => !known.has(en))).toEqual([]);
  });

  test("a translation keeps every `code` span and error number of its English", () => {
    const lost = TEXTS.flatMap((text) => {
      const zh = ZH_TEXTS.get(text.en);
      if (zh === undefined) return [];
      const kept = [
        ...text.en.matchAll(/`[^`]+`|\b(4\d{3}|5000|7\d{8})\b/g),
      ].map((m) => m[0]);
      return kept
        .filter((piece) => !zh.includes(piece))
        .map((piece) => `${text.where}: ${piece}`);
    });
    expect(lost).toEqual([]);
  });
});
