import { describe, expect, it } from 'vitest';
import { fromBase64, looksSealed, MIN_SEAL_ITERATIONS, parseSealedFile, sealText, toBase64, unsealText } from './sealed-file';

// The fewest iterations a file may ask for, to keep the tests quick; the app seals with more.
const quick = { iterations: MIN_SEAL_ITERATIONS };
const bundleText = JSON.stringify({ type: 'local-safety-audit-bundle', audit: { locality: 'Trois-Rivières' }, answers: ['é', '✓'] });

async function sealed(text = bundleText, passphrase = 'correct horse battery') {
  const json: unknown = JSON.parse(await sealText(text, passphrase, quick));
  const parsed = parseSealedFile(json);
  if (!parsed.ok) throw new Error('a freshly sealed file should parse');
  return { json, sealed: parsed.sealed };
}

describe('sealed audit files', () => {
  it('opens with the passphrase it was sealed with, giving back the exact text', async () => {
    const { sealed: file } = await sealed();
    expect(await unsealText(file, 'correct horse battery')).toEqual({ ok: true, text: bundleText });
  });

  it('shows nothing of the audit outside the ciphertext', async () => {
    const { json } = await sealed();
    const text = JSON.stringify(json);
    expect(text).not.toContain('Trois');
    expect(text).not.toContain('local-safety-audit-bundle');
    expect(Object.keys(json as object).sort()).toEqual(['cipher', 'data', 'formatVersion', 'kdf', 'type']);
  });

  it('refuses a wrong passphrase and a changed file with the same answer', async () => {
    const { sealed: file } = await sealed();
    expect(await unsealText(file, 'correct horse batterY')).toEqual({ ok: false, reason: 'wrong-passphrase' });
    const bytes = fromBase64(file.data);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(await unsealText({ ...file, data: toBase64(bytes) }, 'correct horse battery')).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(await unsealText({ ...file, kdf: { ...file.kdf, iterations: file.kdf.iterations + 1 } }, 'correct horse battery')).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  it('opens with the same passphrase typed with decomposed accents', async () => {
    const { sealed: file } = await sealed(bundleText, 'mot de passe échappé');
    expect((await unsealText(file, 'mot de passe e\u0301chappe\u0301')).ok).toBe(true);
  });

  it('uses a new salt and iv every time', async () => {
    const [a, b] = [await sealed(), await sealed()];
    expect(a.sealed.kdf.salt).not.toBe(b.sealed.kdf.salt);
    expect(a.sealed.cipher.iv).not.toBe(b.sealed.cipher.iv);
    expect(a.sealed.data).not.toBe(b.sealed.data);
  });

  it('refuses short passphrases and unsupported iteration counts when sealing', async () => {
    await expect(sealText(bundleText, 'short', quick)).rejects.toThrow(RangeError);
    await expect(sealText(bundleText, 'long enough passphrase', { iterations: 1000 })).rejects.toThrow(RangeError);
  });

  it('names what is wrong, and where, in a damaged sealed file', async () => {
    const { json } = await sealed();
    const file = json as { kdf: Record<string, unknown>; cipher: Record<string, unknown> };
    const paths = (value: unknown) => {
      const result = parseSealedFile(value);
      return result.ok ? [] : result.issues.map((i) => i.path.join('.'));
    };
    expect(paths({ ...file, kdf: { ...file.kdf, iterations: 10 } })).toEqual(['kdf.iterations']);
    expect(paths({ ...file, cipher: { ...file.cipher, iv: 'AAAA' } })).toEqual(['cipher.iv']);
    expect(paths({ ...file, data: 'not base64!' })).toEqual(['data']);
    expect(paths({ ...file, data: '' })).toEqual(['data']);
    expect(parseSealedFile({ ...file, extra: 1 }).ok).toBe(false);
    expect(parseSealedFile(file).ok).toBe(true);
  });

  it('tells a sealed file from an audit file', async () => {
    const { json } = await sealed();
    expect(looksSealed(json)).toBe(true);
    expect(looksSealed(JSON.parse(bundleText))).toBe(false);
    expect(looksSealed(null)).toBe(false);
  });
});
