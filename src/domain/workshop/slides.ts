import type { Item } from '../template/item-schema';
import type { Template } from '../template/template-schema';

/** One screen of a facilitated session: a question (or notice) of the template. */
export interface Slide {
  sectionId: string;
  item: Item;
}

/**
 * The session's screens in order: the template's first notice (its consent and do-no-harm
 * text) comes first whatever its place, then every other item in document order.
 */
export function sessionSlides(template: Template): Slide[] {
  const all = template.sections.flatMap((section) => section.items.map((item) => ({ sectionId: section.id, item })));
  const consent = all.findIndex((slide) => slide.item.type === 'notice');
  if (consent <= 0) return all;
  const [first] = all.splice(consent, 1);
  return first ? [first, ...all] : all;
}

/** The consent notice, when the template has one: the session opens on it. */
export function consentSlide(slides: readonly Slide[]): Slide | undefined {
  const first = slides[0];
  return first?.item.type === 'notice' ? first : undefined;
}

/**
 * The next slide to show from `from` in a direction, skipping items hidden by the answers
 * so far; `from` itself when there is none (the ends of the session).
 */
export function stepSlide(slides: readonly Slide[], isVisible: (slide: Slide) => boolean, from: number, direction: 1 | -1): number {
  for (let i = from + direction; i >= 0 && i < slides.length; i += direction) {
    const slide = slides[i];
    if (slide && isVisible(slide)) return i;
  }
  return from;
}

/** A stored position made safe: inside the list, and on a visible slide when one exists. */
export function settleSlide(slides: readonly Slide[], isVisible: (slide: Slide) => boolean, index: number): number {
  const inside = Math.min(Math.max(0, Math.trunc(index) || 0), Math.max(0, slides.length - 1));
  const slide = slides[inside];
  if (!slide || isVisible(slide)) return inside;
  const back = stepSlide(slides, isVisible, inside, -1);
  return back !== inside ? back : stepSlide(slides, isVisible, inside, 1);
}

/**
 * Whether the session may record answers: true when its consent notice (required, with a
 * box to tick) is ticked in the group's answers, or when the template asks for no consent.
 * A private round and typed-in paper forms wait for it like the presenter's next slide.
 */
export function sessionConsented(template: Template, groupAnswers: ReadonlyMap<string, { value?: unknown }>): boolean {
  const notice = consentSlide(sessionSlides(template))?.item;
  if (!notice || notice.type !== 'notice' || !notice.required || !notice.acknowledge) return true;
  return groupAnswers.get(notice.id)?.value === true;
}
