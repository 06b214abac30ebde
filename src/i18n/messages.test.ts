import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';

function leaves(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === 'string') out.set(prefix, node);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) for (const [k, v] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  const english = leaves(en);
  const french = leaves(fr);

  it('French has exactly the English keys', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('no message is empty, and each French message keeps the English placeholders', () => {
    for (const [key, value] of english) {
      expect(value.trim(), key).not.toBe('');
      expect(placeholders(french.get(key) ?? ''), key).toEqual(placeholders(value));
    }
  });

  // Words that are the same in both languages; anything else identical is a missed translation.
  const SAME_IN_BOTH = new Set(['analysis.engagement.mean', 'plan.action', 'app.nav.audits', 'audits.count_one', 'audits.count_other', 'common.notifications', 'newAudit.version', 'overview.respondentTemplate', 'runner.list.entryTitle', 'runner.scaleEnds', 'workshop.summary.otherText', 'settings.version', 'templates.meta']);

  it('French is translated, not copied (beyond names and shared words)', () => {
    const same = [...english].filter(([key, value]) => french.get(key) === value && value.length > 12 && !SAME_IN_BOTH.has(key)).map(([key]) => key);
    expect(same).toEqual([]);
  });
});
