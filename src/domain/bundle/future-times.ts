import type { TemplateIssue } from '../template/template-issue';
import type { AuditBundle } from './parse-bundle';

/** Clocks drift and time zones differ: a day ahead is still taken. */
const MARGIN_MS = 24 * 60 * 60 * 1000;

/**
 * Times of a file later than tomorrow on this device: a hand-edited file, or a device with
 * a wrong clock. Merges keep the most recent change, so such a time would win over every
 * real change made after it; the file is refused instead, naming the first few.
 */
export function futureTimeIssues(bundle: AuditBundle, now: number, limit: number): TemplateIssue[] {
  const latest = now + MARGIN_MS;
  const issues: TemplateIssue[] = [];
  const check = (at: number | undefined, path: (string | number)[]) => {
    if (at !== undefined && at > latest && issues.length < limit) issues.push({ code: 'time-in-future', path, params: { when: new Date(at).toISOString().slice(0, 10) } });
  };
  check(bundle.exportedAt, ['exportedAt']);
  check(bundle.audit.createdAt, ['audit', 'createdAt']);
  check(bundle.audit.updatedAt, ['audit', 'updatedAt']);
  bundle.audit.removedRespondents?.forEach((r, i) => check(r.at, ['audit', 'removedRespondents', i, 'at']));
  bundle.respondents.forEach((r, i) => {
    check(r.createdAt, ['respondents', i, 'createdAt']);
    check(r.updatedAt, ['respondents', i, 'updatedAt']);
  });
  for (let i = 0; i < bundle.answers.length && issues.length < limit; i++) check(bundle.answers[i]?.updatedAt, ['answers', i, 'updatedAt']);
  if (bundle.plan) {
    check(bundle.plan.updatedAt, ['plan', 'updatedAt']);
    bundle.plan.overrides.forEach((o, i) => check(o.at, ['plan', 'overrides', i, 'at']));
  }
  return issues;
}
