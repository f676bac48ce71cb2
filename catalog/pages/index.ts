import type { DocPage } from '../types';
import { EVENT_PAGES } from './events';
import { GUIDE_PAGES } from './guides';
import { REFERENCE_PAGES } from './references';
import { TRYOUT_PAGES } from './tryouts';

/** Every page that is not a callable endpoint: guides, event lists, references and the SDK try-outs. */
export const DOC_PAGES: readonly DocPage[] = [...GUIDE_PAGES, ...EVENT_PAGES, ...REFERENCE_PAGES, ...TRYOUT_PAGES];
