/**
 * Whether an agenda item is public, and why a closed one is closed (docs/ARCHITECTURE.md, "Closed sets"). The reasons
 * are offentlighedsloven's grounds a region's committees cite for a closed item ("Lukket punkt"), kept to the few a
 * forum meets; the values are what the AgendaItems list holds: never renamed, only labelled (agenda-access-labels.ts).
 */

export const AGENDA_ITEM_ACCESS = ['open', 'closed'] as const;
export type AgendaItemAccess = (typeof AGENDA_ITEM_ACCESS)[number];

export const CLOSED_REASONS = [
  /** § 30, nr. 1: oplysninger om enkeltpersoners private forhold. */
  'personal-data',
  /** § 30, nr. 2: tekniske indretninger, fremgangsmåder og drifts- og forretningsforhold (forretningshemmeligheder). */
  'business-secrets',
  /** §§ 23–27: interne dokumenter og ministerbetjening (intern meningsudveksling før en beslutning). */
  'internal-deliberation',
  /** § 33, nr. 3: det offentliges økonomiske interesser, herunder forhandlinger og udbud. */
  'negotiations',
  /** § 35: særlig tavshedspligt fastsat ved lov (fx sundhedslovens). */
  'confidentiality',
] as const;
export type ClosedReason = (typeof CLOSED_REASONS)[number];
