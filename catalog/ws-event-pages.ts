import type { DocPage } from './types';
import wsAudioSimultInterpretationEvents from './pages/events/ws-audio-simult-interpretation-events';
import wsAudioSpeechEvents from './pages/events/ws-audio-speech-events';
import wsAudioTranscriptionsEvents from './pages/events/ws-audio-transcriptions-events';
import wsChatDownstreamEvents from './pages/events/ws-chat-downstream-events';
import wsChatUpstreamEvents from './pages/events/ws-chat-upstream-events';

/**
 * The event pages of the WebSocket endpoints, apart from the other doc pages: the worker checks
 * client frames against them, and must not carry every guide and event list to do it.
 */
export const WS_EVENT_PAGES: readonly DocPage[] = [
  wsChatUpstreamEvents,
  wsChatDownstreamEvents,
  wsAudioSpeechEvents,
  wsAudioTranscriptionsEvents,
  wsAudioSimultInterpretationEvents,
];
