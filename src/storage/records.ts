import type { Answer, LocalizedText, Template, TemplateKind } from '../domain';

/** A template as an audit started with it: kept forever so old audits keep working. */
export interface TemplateRecord {
  /** `${templateId}@${version}` */
  key: string;
  templateId: string;
  version: string;
  kind: TemplateKind;
  template: Template;
  source: 'shipped' | 'imported';
  storedAt: number;
}

export type AuditStatus = 'active' | 'archived';

export interface AuditRecord {
  id: string;
  locality: string;
  /** YYYY-MM-DD, optional. */
  periodStart?: string;
  periodEnd?: string;
  leadOrganisation: string;
  /** Language of the audit's report. */
  language: string;
  /** The main template's key. */
  templateKey: string;
  /** The main template's title, kept here so lists need not load templates. */
  templateTitle: LocalizedText;
  status: AuditStatus;
  /** In the trash since this time; 0 when not. */
  deletedAt: number;
  createdAt: number;
  updatedAt: number;
  /** Opened from "explore an example". */
  example?: boolean;
  /**
   * Respondents removed from this audit and when: a merge with an older file never brings
   * them back (import-bundle.ts). Ids and times only.
   */
  removedRespondents?: RemovedRespondent[];
}

export interface RemovedRespondent {
  id: string;
  at: number;
}

export const RESPONDENT_TYPES = ['interview', 'desk-review', 'workshop', 'other'] as const;
export type RespondentType = (typeof RESPONDENT_TYPES)[number];

/** Never a name: an anonymous code and a type. */
export interface ProgressSummary {
  answered: number;
  total: number;
  /** Per section: [answered, total]. */
  sections: Record<string, [number, number]>;
}

/** Links a respondent to a workshop session: the group itself, or one participant of it. */
export interface SessionLink {
  /** The workshop session's (group respondent's) id. */
  id: string;
  role: 'group' | 'participant';
  /** For a participant: answered on the device in a private round, or typed from a paper form. */
  via?: ParticipantVia;
}

export type ParticipantVia = 'round' | 'paper';

/** Where a facilitated workshop session stands, so a reload continues where it was. */
export interface WorkshopState {
  /** Position in the session's list of slides (consent notice first). */
  itemIndex: number;
  /** The current item's results are shown to the room. */
  revealed: boolean;
  /** Items asked privately in the pass-the-device round. */
  roundItems?: string[];
}

export interface RespondentRecord {
  id: string;
  auditId: string;
  code: string;
  type: RespondentType;
  templateKey: string;
  templateTitle: LocalizedText;
  excludedSections: string[];
  completedSections: string[];
  /** People present, for a workshop group: tallies count them, not the group as one. */
  participants?: number;
  /** Set on a workshop session and on each participant who answered privately in it. */
  session?: SessionLink;
  /** The facilitated session's position, on the workshop group respondent only. */
  workshop?: WorkshopState;
  lastSectionId?: string;
  /** Summary kept by the runner so lists need not load every answer. */
  progress: ProgressSummary;
  createdAt: number;
  updatedAt: number;
}

/** One answer of one respondent, with the time it was last changed. */
export interface AnswerRecord {
  respondentId: string;
  key: string;
  auditId: string;
  answer: Answer;
  updatedAt: number;
  /**
   * The person cleared this answer at updatedAt (answer is then empty). The record stays so
   * that an older copy, from another tab or another device's file, never brings it back;
   * every read of answers skips it.
   */
  cleared?: true;
}

export interface PlanRecord {
  auditId: string;
  plan: unknown;
  updatedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export function templateKey(templateId: string, version: string): string {
  return `${templateId}@${version}`;
}
