import { describe, expect, it } from 'vitest';
import { allTypesTemplate, answersOf } from '../../../tests/support/fixtures';
import { fieldKey } from '../answers/answer-keys';
import { computeProgress } from './progress';

const template = allTypesTemplate();
const section = (entries: Parameters<typeof answersOf>[0], id: string) =>
  computeProgress(template, answersOf(entries)).sections.find((s) => s.sectionId === id);

describe('computeProgress', () => {
  it('counts visible answerable items per section', () => {
    // consent (acknowledged notice), role, context, staff, visit-date, has-protocol; protocol-name hidden
    expect(section({}, 'intro')).toMatchObject({ total: 6, answered: 0, requiredMissing: 2 });
    expect(section({ consent: true, role: 'Officer', 'has-protocol': 'yes' }, 'intro')).toMatchObject({ total: 7, answered: 3, requiredMissing: 0 });
  });

  it('counts "don\'t know" as answered', () => {
    expect(section({ staff: { special: 'dont-know' } }, 'intro')?.answered).toBe(1);
  });

  it('leaves out questions whose options come from an empty source', () => {
    // groups, worry; group-concern and main-group have no rows/options yet
    expect(section({}, 'groups-section')).toMatchObject({ total: 2, answered: 0 });
    expect(section({ groups: ['homeless'] }, 'groups-section')).toMatchObject({ total: 4, answered: 1 });
  });

  it('leaves out a choice matrix whose columns come from an empty register', () => {
    // group-partners has a row (homeless) but no partner to choose: it cannot be finished.
    expect(section({ groups: ['homeless'] }, 'partners-section')).toMatchObject({ total: 1, answered: 0 });
    const one = { groups: ['homeless'], partners: ['e1'], [fieldKey('partners', 'e1', 'partner-name')]: 'Shelter' };
    expect(section(one, 'partners-section')).toMatchObject({ total: 4, answered: 1 });
  });

  it('counts a matrix as answered when every current row is', () => {
    const partly = { groups: ['homeless', 'youth-in-care'], 'group-concern': { homeless: 1 } };
    expect(section(partly, 'groups-section')?.answered).toBe(1);
    const fully = { groups: ['homeless', 'youth-in-care'], 'group-concern': { homeless: 1, 'youth-in-care': 5 } };
    expect(section(fully, 'groups-section')?.answered).toBe(2);
  });

  it('counts a list as answered once it has an entry with an answer, never for an entry left empty', () => {
    expect(section({}, 'partners-section')).toMatchObject({ total: 1, answered: 0 });
    expect(section({ partners: ['e1'] }, 'partners-section')).toMatchObject({ answered: 0 });
    const one = { partners: ['e1', 'e2'], [fieldKey('partners', 'e1', 'partner-name')]: 'Shelter' };
    expect(section(one, 'partners-section')).toMatchObject({ total: 3, answered: 1 });
  });

  it('ignores sections a respondent leaves out, and reports 1 when nothing is left', () => {
    const all = new Set(template.sections.map((s) => s.id));
    const progress = computeProgress(template, answersOf({}), { excludedSections: all });
    expect(progress.sections.every((s) => s.excluded && s.total === 0)).toBe(true);
    expect(progress.ratio).toBe(1);
  });

  it('computes an overall ratio', () => {
    const progress = computeProgress(template, answersOf({ consent: true, role: 'r', groups: ['homeless'] }));
    expect(progress.answered).toBe(3);
    expect(progress.ratio).toBeCloseTo(3 / progress.total);
  });
});

describe('workshop group answers', () => {
  it('count as answered with tallies or contributions and no single value', () => {
    const tallied = computeProgress(template, answersOf({ worry: { group: { tally: { '4': 6, '5': 3 } } } }));
    expect(tallied.sections.find((s) => s.sectionId === 'groups-section')?.answered).toBe(1);
    const contributed = computeProgress(template, answersOf({ context: { group: { contributions: ['More outreach at the bus station'] } } }));
    expect(contributed.sections.find((s) => s.sectionId === 'intro')?.answered).toBe(1);
    const empty = computeProgress(template, answersOf({ context: { group: { contributions: ['  '] } } }));
    expect(empty.sections.find((s) => s.sectionId === 'intro')?.answered).toBe(0);
  });
});
