import type { DocPage } from '../../types';
import chatSdk from './chat-sdk';
import realtimeSdk from './realtime-sdk';
import webSdk from './web-sdk';

/** The SDK try-out pages, in the order of Coze's playground: Chat SDK, Web SDK, Real-time Chat SDK. */
export const TRYOUT_PAGES: readonly DocPage[] = [chatSdk, webSdk, realtimeSdk];
