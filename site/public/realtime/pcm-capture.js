// AudioWorklet processor of the live session panel's microphone: hands each 128-sample block of
// the first input channel to the page, which turns it into 16-bit PCM frames for the WebSocket.
// A static file (not a blob URL) so the page's Content-Security-Policy, script-src 'self', admits it.
class PcmCapture extends AudioWorkletProcessor {
  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel) this.port.postMessage(channel.slice(0));
    return true;
  }
}
registerProcessor('pcm-capture', PcmCapture);
