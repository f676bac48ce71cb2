/**
 * A log id shaped like Coze's `x-tt-logid`: the UTC time as yyyyMMddHHmmss, then 20 upper-case hex
 * digits. The sandbox gives one to each answer, and the relay to each answer it writes itself.
 * @example newLogid(new Date(0)) // '19700101000000' + 20 hex digits
 */
export function newLogid(now = new Date()): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const random = [...crypto.getRandomValues(new Uint8Array(10))].map((b) => b.toString(16).padStart(2, '0'));
  return `${stamp}${random.join('').toUpperCase()}`;
}

/** The response header Coze puts its log id in (the body repeats it as `detail.logid`). */
export const LOGID_HEADER = 'x-tt-logid';
