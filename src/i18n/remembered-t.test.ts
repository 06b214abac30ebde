import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { rememberedT } from './remembered-t';

async function setUp() {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'en', resources: { en: { translation: { hello: 'Hello', greet: 'Hello {{name}}', apples_one: 'one apple', apples_other: '{{count}} apples' } } }, interpolation: { escapeValue: false } });
  return instance;
}

describe('rememberedT', () => {
  it('gives what i18next gives, plain keys, options and plurals alike', async () => {
    const instance = await setUp();
    const plain = instance.getFixedT('en');
    const t = rememberedT(plain);
    for (let i = 0; i < 2; i++) {
      expect(t('hello')).toBe('Hello');
      expect(t('greet', { name: 'Ana' })).toBe('Hello Ana');
      expect(t('apples', { count: 1 })).toBe('one apple');
      expect(t('apples', { count: 3 })).toBe('3 apples');
    }
  });

  it('asks i18next once for a plain key, every time for a call with options', async () => {
    const instance = await setUp();
    const plain = instance.getFixedT('en');
    const calls: unknown[][] = [];
    const counting = ((...args: unknown[]) => {
      calls.push(args);
      return (plain as unknown as (...a: unknown[]) => unknown)(...args);
    }) as unknown as typeof plain;
    const t = rememberedT(counting);
    t('hello');
    t('hello');
    t('greet', { name: 'Ana' });
    t('greet', { name: 'Bo' });
    expect(calls).toEqual([['hello'], ['greet', { name: 'Ana' }], ['greet', { name: 'Bo' }]]);
  });

  it('does not remember a key i18next does not know yet, so words added later show', async () => {
    const instance = await setUp();
    const t = rememberedT(instance.getFixedT('en'));
    expect(t('later')).toBe('later');
    instance.addResourceBundle('en', 'translation', { later: 'Later' }, true, false);
    expect(t('later')).toBe('Later');
  });
});
