import type { SearchEntry, SearchIndex } from './search-index';

/** A result: the entry and how well it matched (higher first). */
export interface SearchHit {
  readonly entry: SearchEntry;
  readonly score: number;
}

/** How a query term met a field, best first; the numbers order the tiers and weigh the fields. */
const TIER = { exact: 100, prefix: 60, word: 40, substring: 25, fuzzy: 8, text: 4 } as const;

interface Prepared {
  readonly entry: SearchEntry;
  /** Lower-cased id, path, English title, Chinese title, method: the fields a name is matched in. */
  readonly names: readonly string[];
  readonly method: string;
  /** Lower-cased prose in both languages. */
  readonly text: string;
}

/** An index ready for queries: fields lower-cased once, at first open. */
export interface PreparedIndex {
  readonly items: readonly Prepared[];
}

/** Lower-cases the index once, so a keystroke only compares. */
export function prepareIndex(index: SearchIndex): PreparedIndex {
  return {
    items: index.entries.map((entry) => {
      const [, id, , titleZh, titleEn, method, path, textEn, textZh] = entry;
      return {
        entry,
        names: [id, path, titleEn, titleZh].map((name) => name.toLowerCase()),
        method: method.toLowerCase(),
        text: `${textEn}\n${textZh}`.toLowerCase(),
      };
    }),
  };
}

/** Whether `needle`'s characters appear in `hay` in order (a typo-free abbreviation: `crtcht`). */
function subsequence(needle: string, hay: string): boolean {
  let at = 0;
  for (const char of needle) {
    at = hay.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

const WORD_START = /[\s/_\-.(（·,，]/;

/** The best tier one term reaches in one name. */
function nameScore(term: string, name: string): number {
  if (!name) return 0;
  if (name === term) return TIER.exact;
  if (name.startsWith(term)) return TIER.prefix;
  let at = name.indexOf(term);
  let substring = at >= 0;
  while (at > 0) {
    if (WORD_START.test(name[at - 1]!)) return TIER.word;
    at = name.indexOf(term, at + 1);
  }
  if (substring) return TIER.substring;
  return term.length >= 3 && subsequence(term, name) ? TIER.fuzzy : 0;
}

/** The best score of one term over an entry's fields: names first, then the method, then the prose. */
function termScore(term: string, item: Prepared): number {
  let best = 0;
  for (const name of item.names) best = Math.max(best, nameScore(term, name));
  if (term === item.method) best = Math.max(best, TIER.word);
  if (best < TIER.text && term.length >= 2 && item.text.includes(term)) best = TIER.text;
  return best;
}

/**
 * Ranks the index for a query: the whole query matched against each name first (an exact path, id
 * or title wins), else each word of it must match somewhere (`post chat`: the method and a word of
 * the title), weighed by how it matched; ties keep the catalog's order.
 * @example search(prepared, '/v3/chat')[0].entry[1] // 'create-chat'
 */
export function search(index: PreparedIndex, query: string, limit = 30): SearchHit[] {
  const whole = query.trim().toLowerCase();
  if (!whole) return [];
  const terms = whole.split(/\s+/);
  const hits: SearchHit[] = [];
  for (const item of index.items) {
    let score = 0;
    for (const name of item.names) score = Math.max(score, nameScore(whole, name) * 2);
    if (score < TIER.prefix * 2 && terms.length > 1) {
      let sum = 0;
      for (const term of terms) {
        const one = termScore(term, item);
        if (!one) {
          sum = 0;
          break;
        }
        sum += one;
      }
      score = Math.max(score, sum);
    } else if (!score) score = termScore(whole, item);
    if (score > 0) hits.push({ entry: item.entry, score });
  }
  // A stable sort keeps the catalog's order among equals.
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
