import type { OnceMailKind } from './send-once';

/**
 * Every kind of mail the app sends that must go once, with the named MAPI property its correlation id travels in
 * (`sendOnce`, send-once.ts). The property ids are persisted in the forum mailboxes: mails an earlier version sent are
 * found by them, so an existing id is never changed (a changed id would send those mails again). A new kind gets a
 * name here and may share a property with its family; correlation ids are prefixed by kind ("agenda:…",
 * "receipt:…"), so sharing never confuses two mails.
 */
const NAMESPACE = '{3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85}';

export const CORRELATION_PROPERTIES = {
  consultation: `String ${NAMESPACE} Name SekretariatConsultationCorrelation`,
  minutes: `String ${NAMESPACE} Name SekretariatMinutesCorrelation`,
  actions: `String ${NAMESPACE} Name SekretariatActionCorrelation`,
  /** Receipts, decision mails and calls for items: the mails the intake and planning send to members. */
  memberMail: `String ${NAMESPACE} Name SekretariatMemberMailCorrelation`,
  /** The agenda's was made first, in a namespace of its own; kept so sent agendas are still found. */
  agenda: 'String {6f1c5b0e-3a52-4c1e-9d7b-2f4a1c8e5d30} Name SekretariatAgendaCorrelation',
} as const;

const P = CORRELATION_PROPERTIES;

export const ONCE_MAIL = {
  agenda: { property: P.agenda, name: 'agenda mail' },
  consultation: { property: P.consultation, name: 'consultation mail' },
  consultationReminder: { property: P.consultation, name: 'consultation reminder' },
  consultationOutcome: { property: P.consultation, name: 'consultation outcome mail' },
  approvalRequest: { property: P.minutes, name: 'approval request' },
  approvalReminder: { property: P.minutes, name: 'approval reminder' },
  minutesCirculation: { property: P.minutes, name: 'approved minutes mail' },
  actionReminder: { property: P.actions, name: 'action reminder' },
  receipt: { property: P.memberMail, name: 'receipt' },
  decisionMail: { property: P.memberMail, name: 'decision mail' },
  callForItems: { property: P.memberMail, name: 'call for items' },
} as const satisfies Record<string, OnceMailKind>;
