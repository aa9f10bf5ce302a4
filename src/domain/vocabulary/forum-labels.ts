import type { ForumKind, ItemAbsenceReason, OrganisationKind, QuorumRule, Role } from './forum';

/**
 * The Danish labels of the forum's closed sets, once for every output (meeting-labels.ts says how they are used). The forum
 * kind inside the submission template's sentence ("at styregruppen …") has one user and stays with it (submission-mail.ts).
 */
export const FORUM_DA: {
  /** A person's role in the forum (the members list, the settings). */
  readonly role: Readonly<Record<Role, string>>;
  readonly organisationKind: Readonly<Record<OrganisationKind, string>>;
  /** The forum as the minutes name it, definite form, and whether the noun is neuter ("Rådet var beslutningsdygtigt"). */
  readonly body: Readonly<Record<ForumKind, { readonly noun: string; readonly neuter: boolean }>>;
  readonly quorumRule: Readonly<Record<QuorumRule, string>>;
  readonly itemAbsence: Readonly<Record<ItemAbsenceReason, string>>;
} = {
  role: { member: 'Medlem', chair: 'Medformand', secretariat: 'Sekretariat', observer: 'Observatør' },
  organisationKind: {
    hospital: 'Hospital',
    psychiatry: 'Psykiatri',
    municipality: 'Kommune',
    'general-practice': 'Almen praksis',
    patient: 'Patientrepræsentant',
    region: 'Region',
    other: 'Andet',
  },
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
