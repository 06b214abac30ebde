import type { Answer } from '../domain';

export interface AnswerBroadcast {
  respondentId: string;
  changes: { key: string; answer: Answer | null; at: number }[];
}

const CHANNEL = 'lsa-answers';

/** Tells other tabs of this app which answers were just written. */
export function openAnswerChannel(onMessage: (message: AnswerBroadcast) => void): { post: (message: AnswerBroadcast) => void; close: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<AnswerBroadcast>) => onMessage(event.data);
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
