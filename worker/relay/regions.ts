/** Where a relayed call goes: Coze China, Coze international, or the built-in sandbox. */
export type Region = 'cn' | 'com' | 'sandbox';

/** All regions, in the order the site offers them. */
export const REGIONS: readonly Region[] = ['sandbox', 'cn', 'com'];

/** The region named by a URL segment, or undefined for anything else. */
export function parseRegion(value: string | undefined): Region | undefined {
  return REGIONS.find((region) => region === value);
}
