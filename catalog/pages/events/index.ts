import type { DocPage } from '../../types';
import callbackEventBenefitPluginScaleExpired from './callback-event-benefit-plugin-scale-expired';
import callbackEventBenefitPluginScaleRequested from './callback-event-benefit-plugin-scale-requested';
import callbackEventBenefitUsage from './callback-event-benefit-usage';
import eventBotDeleted from './event-bot-deleted';
import eventBotPublished from './event-bot-published';
import eventBotUnpublished from './event-bot-unpublished';
import realtimeDownstreamEvents from './realtime-downstream-events';
import realtimeUpstreamEvents from './realtime-upstream-events';
import wsAudioSimultInterpretationEvents from './ws-audio-simult-interpretation-events';
import wsAudioSpeechEvents from './ws-audio-speech-events';
import wsAudioTranscriptionsEvents from './ws-audio-transcriptions-events';
import wsChatDownstreamEvents from './ws-chat-downstream-events';
import wsChatUpstreamEvents from './ws-chat-upstream-events';

/** Every event page: WebSocket and Realtime event lists, and the callbacks Coze posts. */
export const EVENT_PAGES: readonly DocPage[] = [
  eventBotPublished,
  eventBotDeleted,
  eventBotUnpublished,
  realtimeUpstreamEvents,
  realtimeDownstreamEvents,
  wsAudioTranscriptionsEvents,
  wsAudioSpeechEvents,
  wsAudioSimultInterpretationEvents,
  wsChatUpstreamEvents,
  wsChatDownstreamEvents,
  callbackEventBenefitPluginScaleRequested,
  callbackEventBenefitPluginScaleExpired,
  callbackEventBenefitUsage,
];
