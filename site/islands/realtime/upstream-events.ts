/** An event a client may send, as the live session panel offers it: its name, what it does, its example frame. */
export interface UpstreamEvent {
  readonly name: string;
  readonly description: string;
  readonly example: unknown;
}

/** An event's example as the text to edit and send, with a fresh id. */
export function exampleFrame(event: UpstreamEvent): string {
  const example = (event.example ?? { event_type: event.name }) as Record<string, unknown>;
  return JSON.stringify({ ...example, id: crypto.randomUUID() }, null, 2);
}
