import type { Answer } from '../domain';

export interface AnswerBroadcast {
  respondentId: string;
  changes: { key: string; answer: Answer | null; at: number }[];
  /** Many answers were rewritten at once (a file merged in): read them all again. */
  reread?: boolean;
}

const CHANNEL = 'lsa-answers';

/** Tells other tabs of this app which answers were just written. */
export function openAnswerChannel(onMessage: (message: AnswerBroadcast) => void): { post: (message: AnswerBroadcast) => void; close: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<AnswerBroadcast>) => onMessage(event.data);
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}

/** Tells other tabs that these respondents' answers were rewritten (a merged file), so open questionnaires read them again. */
export function announceRewritten(respondentIds: readonly string[]): void {
  const channel = openAnswerChannel(() => undefined);
  for (const respondentId of respondentIds) channel.post({ respondentId, changes: [], reread: true });
  channel.close();
}
