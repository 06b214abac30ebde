import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../../tests/support/fixtures';
import { paperNumbers } from './paper-codes';
import { isRoundItem, roundCandidates, roundItems } from './round';
import { sessionConsented, sessionSlides, settleSlide, stepSlide, type Slide } from './slides';

const workshop = loadTemplate('audit-templates/community-workshop.json');

describe('session slides', () => {
  it('open on the consent notice, then every item in order', () => {
    const slides = sessionSlides(workshop);
    expect(slides[0]?.item.id).toBe('consent-notice');
    expect(slides.length).toBe(workshop.sections.reduce((n, s) => n + s.items.length, 0));
    expect(slides.at(-1)?.item.id).toBe('closing-notice');
  });

  it('let a session record answers once its consent is ticked, or when its template asks for none', () => {
    expect(sessionConsented(workshop, new Map())).toBe(false);
    expect(sessionConsented(workshop, new Map([['consent-notice', { value: true }]]))).toBe(true);
    const noConsent = { ...workshop, sections: workshop.sections.map((s) => ({ ...s, items: s.items.filter((i) => i.type !== 'notice') })) };
    expect(sessionConsented(noConsent, new Map())).toBe(true);
  });

  it('move the consent notice first when a template puts it later', () => {
    const moved = { ...workshop, sections: [...workshop.sections].reverse() };
    const slides = sessionSlides(moved);
    expect(slides[0]?.item.id).toBe('closing-notice');
    expect(slides.filter((s) => s.item.type === 'notice')).toHaveLength(2);
  });

  it('skip hidden items both ways and stop at the ends', () => {
    const slides = sessionSlides(workshop);
    const hidden = new Set(['workshop-date', 'participant-count']);
    const visible = (s: Slide) => !hidden.has(s.item.id);
    expect(slides[stepSlide(slides, visible, 0, 1)]?.item.id).toBe('worry-level');
    expect(stepSlide(slides, visible, 3, -1)).toBe(0);
    expect(stepSlide(slides, visible, 0, -1)).toBe(0);
    expect(stepSlide(slides, visible, slides.length - 1, 1)).toBe(slides.length - 1);
    expect(settleSlide(slides, visible, 1)).toBe(0);
    expect(settleSlide(slides, visible, 999)).toBe(slides.length - 1);
  });
});

describe('pass-the-device rounds', () => {
  it('ask simple questions with fixed options only', () => {
    const ids = roundCandidates(workshop).map((i) => i.id);
    expect(ids).toContain('worry-level');
    expect(ids).toContain('trafficking-forms-seen');
    expect(ids).not.toContain('group-most-worry');
    expect(ids).not.toContain('places-concern');
    expect(ids).not.toContain('consent-notice');
    expect(ids).not.toContain('workshop-date');
    // The group's head count is the group's: nobody answers it alone.
    expect(ids).not.toContain('participant-count');
    expect(roundItems(workshop, ['safety-feeling', 'worry-level', 'gone']).map((i) => i.id)).toEqual(['worry-level', 'safety-feeling']);
    expect(isRoundItem({ id: 'x', type: 'yes-no', label: { en: 'X' } })).toBe(true);
  });
});

describe('paper question numbers', () => {
  it('number every question but notices and the group’s own, the same on the printed form and in the entry table', () => {
    const numbers = paperNumbers(workshop);
    expect(numbers.get('consent-notice')).toBeUndefined();
    expect(numbers.get('participant-count')).toBeUndefined();
    expect(numbers.get('workshop-date')).toBe(1);
    expect(numbers.get('group-most-worry')).toBe(7);
    expect(numbers.get('risk-trend')).toBe(9);
    expect(numbers.size).toBe(21);
  });
});
