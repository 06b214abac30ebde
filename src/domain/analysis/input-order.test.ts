import { describe, expect, it } from 'vitest';
import type { Template } from '../template/template-schema';
import { inCreationOrder, inOrderOfUse } from './input-order';

const template = (id: string) => ({ id, version: '1' }) as unknown as Template;

describe('input order', () => {
  it('puts respondents in the order they were added, ids breaking ties', () => {
    const list = [{ id: 'b', createdAt: 2 }, { id: 'z', createdAt: 1 }, { id: 'a', createdAt: 2 }];
    expect(inCreationOrder(list).map((r) => r.id)).toEqual(['z', 'a', 'b']);
    expect(list.map((r) => r.id)).toEqual(['b', 'z', 'a']);
  });

  it('puts the main template first, then the others as respondents first use them, then the unused', () => {
    const templates = [template('unused'), template('workshop'), template('scan'), template('main')];
    const respondents = [{ templateKey: 'scan@1' }, { templateKey: 'main@1' }, { templateKey: 'workshop@1' }, { templateKey: 'scan@1' }];
    expect(inOrderOfUse(templates, 'main@1', respondents).map((t) => t.id)).toEqual(['main', 'scan', 'workshop', 'unused']);
  });
});
