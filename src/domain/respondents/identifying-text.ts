/** What in a text looks like it could identify someone: an e-mail address or a phone number. */
export type IdentifyingKind = 'email' | 'phone';

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;
// North American numbers (613-555-0199, (450) 555 0199, 819.555.0101) and international ones
// (+33 1 23 45 67 89); dates (2026-03-01) and amounts do not have their shape.
const PHONE = /(?:\(\d{3}\)\s?|\b\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}\b|\+\d{1,3}(?:[\s.-]?\d){7,}/;

/**
 * Whether a text typed in an answer, a note or a workshop's contribution looks like it
 * names a way to reach someone. The app never asks who someone is; the person typing is
 * warned, never stopped (a helpline's number, say, may belong there).
 */
export function identifyingKind(text: string): IdentifyingKind | undefined {
  if (EMAIL.test(text)) return 'email';
  if (PHONE.test(text)) return 'phone';
  return undefined;
}
