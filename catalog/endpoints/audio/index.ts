import type { Endpoint } from '../../types';
import audioRoomsCreate from './audio-rooms-create';
import audioSpeechCreate from './audio-speech-create';
import audioTranscriptionsCreate from './audio-transcriptions-create';
import audioVoicesClone from './audio-voices-clone';
import audioVoicesList from './audio-voices-list';
import voiceprintFeaturesCreate from './voiceprint-features-create';
import voiceprintFeaturesDelete from './voiceprint-features-delete';
import voiceprintFeaturesList from './voiceprint-features-list';
import voiceprintFeaturesUpdate from './voiceprint-features-update';
import voiceprintGroupsCreate from './voiceprint-groups-create';
import voiceprintGroupsDelete from './voiceprint-groups-delete';
import voiceprintGroupsList from './voiceprint-groups-list';
import voiceprintGroupsUpdate from './voiceprint-groups-update';
import voiceprintSpeakerIdentify from './voiceprint-speaker-identify';
import wsAudioSimultInterpretation from './ws-audio-simult-interpretation';
import wsAudioSpeech from './ws-audio-speech';
import wsAudioTranscriptions from './ws-audio-transcriptions';
import wsChat from './ws-chat';
import audioLiveRetrieve from './audio-live-retrieve';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [
  audioLiveRetrieve,
  audioRoomsCreate,
  audioSpeechCreate,
  audioTranscriptionsCreate,
  audioVoicesClone,
  audioVoicesList,
  voiceprintFeaturesCreate,
  voiceprintFeaturesDelete,
  voiceprintFeaturesList,
  voiceprintFeaturesUpdate,
  voiceprintGroupsCreate,
  voiceprintGroupsDelete,
  voiceprintGroupsList,
  voiceprintGroupsUpdate,
  voiceprintSpeakerIdentify,
  wsAudioSpeech,
  wsAudioTranscriptions,
  wsAudioSimultInterpretation,
  wsChat,
] as const satisfies readonly Endpoint[];

export default endpoints;
