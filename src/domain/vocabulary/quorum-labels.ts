import type { ForumKind, ItemAbsenceReason, QuorumRule } from './forum';

/**
 * The Danish labels of quorum and per-item participation (issue 20 pt 2), apart from the forum's other labels so the
 * pages that never show a quorum do not load them (docs/ARCHITECTURE.md, "Closed sets").
 */
export const QUORUM_DA: {
  /** The forum as the minutes name it, definite form, and whether the noun is neuter ("Rådet var beslutningsdygtigt"). */
  readonly body: Readonly<Record<ForumKind, { readonly noun: string; readonly neuter: boolean }>>;
  readonly quorumRule: Readonly<Record<QuorumRule, string>>;
  readonly itemAbsence: Readonly<Record<ItemAbsenceReason, string>>;
} = {
  body: {
    'steering-group': { noun: 'Styregruppen', neuter: false },
    'theme-group': { noun: 'Temagruppen', neuter: false },
    'working-group': { noun: 'Arbejdsgruppen', neuter: false },
    'health-council': { noun: 'Rådet', neuter: true },
  },
  quorumRule: {
    'more-than-half': 'Mere end halvdelen af medlemmerne til stede',
    'at-least-half': 'Mindst halvdelen af medlemmerne til stede',
    'at-least': 'Et fast antal medlemmer til stede',
  },
  itemAbsence: { absent: 'Fraværende under punktet', inhabil: 'Inhabil' },
};
