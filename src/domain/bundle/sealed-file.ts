import { z } from 'zod';
import { nearestId, type TemplateIssue } from '../template/template-issue';
import { mapZodIssue } from '../template/zod-issues';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from './passphrase';

/**
 * An audit file sealed with a passphrase: the exported bundle's text, encrypted with
 * AES-GCM under a key derived from the passphrase by PBKDF2 (SHA-256). The platform's
 * Web Crypto does the work, in the browser and in Node alike. Nothing of the audit shows
 * outside the ciphertext: not the locality, not the number of respondents.
 */
export { SEALED_TYPE } from '../file-types';
import { SEALED_TYPE } from '../file-types';
export const SEALED_FORMAT_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; a file may ask for more, never for fewer than the minimum. */
export const SEAL_ITERATIONS = 600_000;
export const MIN_SEAL_ITERATIONS = 100_000;
const MAX_SEAL_ITERATIONS = 10_000_000;
/** Binds the ciphertext to this format: the same bytes cannot be passed off as another kind of file. */
const ADDITIONAL_DATA = new TextEncoder().encode(`${SEALED_TYPE}/${SEALED_FORMAT_VERSION}`);

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const Base64 = (bytes?: number) =>
  z.string().refine((s) => BASE64.test(s) && s.length > 0 && (bytes === undefined || decodedLength(s) === bytes), { message: bytes ? `${bytes} bytes in base64` : 'base64' });

export const SealedFileSchema = z.strictObject({
  type: z.literal(SEALED_TYPE),
  formatVersion: z.literal(SEALED_FORMAT_VERSION),
  kdf: z.strictObject({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number().int().min(MIN_SEAL_ITERATIONS).max(MAX_SEAL_ITERATIONS), salt: Base64(16) }),
  cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: Base64(12) }),
  data: Base64(),
});
export type SealedFile = z.infer<typeof SealedFileSchema>;

/** Whether a parsed JSON value says it is a sealed file (then parseSealedFile says whether it is a good one). */
export function looksSealed(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as { type?: unknown }).type === SEALED_TYPE;
}

export function parseSealedFile(value: unknown): { ok: true; sealed: SealedFile } | { ok: false; issues: TemplateIssue[] } {
  const parsed = SealedFileSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, sealed: parsed.data };
  return { ok: false, issues: parsed.error.issues.flatMap((issue) => mapZodIssue(issue, [])).map((i) => (i.near ? i : { ...i, near: nearestId(value, i.path) })) };
}

function decodedLength(base64: string): number {
  return (base64.length / 4) * 3 - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
}

const CHUNK = 0x8000;
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function deriveKey(subtle: SubtleCrypto, passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  // The same passphrase typed with composed or decomposed accents opens the file on any device.
  const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export interface SealOptions {
  iterations?: number;
  crypto?: Crypto;
}

/** Seals `text` (an exported bundle) under `passphrase`; resolves with the sealed file's text. */
export async function sealText(text: string, passphrase: string, { iterations = SEAL_ITERATIONS, crypto = globalThis.crypto }: SealOptions = {}): Promise<string> {
  if (passphraseProblem(passphrase, passphrase) === 'too-short') throw new RangeError(`A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters`);
  if (!Number.isInteger(iterations) || iterations < MIN_SEAL_ITERATIONS || iterations > MAX_SEAL_ITERATIONS) throw new RangeError('Unsupported number of iterations');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(crypto.subtle, passphrase, salt, iterations);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: ADDITIONAL_DATA }, key, new TextEncoder().encode(text)));
  const sealed: SealedFile = {
    type: SEALED_TYPE,
    formatVersion: SEALED_FORMAT_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(data),
  };
  return JSON.stringify(sealed);
}

/**
 * The text inside a sealed file. A wrong passphrase and a file changed after it was
 * sealed look the same to AES-GCM (the check fails), so they give one answer.
 */
export async function unsealText(sealed: SealedFile, passphrase: string, crypto: Crypto = globalThis.crypto): Promise<{ ok: true; text: string } | { ok: false; reason: 'wrong-passphrase' }> {
  const key = await deriveKey(crypto.subtle, passphrase, fromBase64(sealed.kdf.salt), sealed.kdf.iterations);
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.cipher.iv), additionalData: ADDITIONAL_DATA }, key, fromBase64(sealed.data));
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, reason: 'wrong-passphrase' };
  }
}
