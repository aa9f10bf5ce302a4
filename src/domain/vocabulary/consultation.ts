/** The written consultations' closed sets, each spelled out once (docs/ARCHITECTURE.md, "Closed sets"). */

export const CONSULTATION_STATUSES = ['draft', 'open', 'closed', 'awaiting-sign-off'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** What a reply to a written consultation says, as the parser classifies it. */
export const CONSULTATION_VERDICTS = ['approve', 'noComments', 'comments', 'objection'] as const;
export type ConsultationVerdict = (typeof CONSULTATION_VERDICTS)[number];

/** The ConsultationReplies.Verdict column's value of each verdict (the column spells one differently), and 'unknown'. */
export const VERDICT_VALUES = {
  approve: 'approve',
  noComments: 'no-comments',
  comments: 'comments',
  objection: 'objection',
} as const satisfies Readonly<Record<ConsultationVerdict, string>>;
export const VERDICT_CHOICES = [...CONSULTATION_VERDICTS.map((v) => VERDICT_VALUES[v]), 'unknown'] as const;
