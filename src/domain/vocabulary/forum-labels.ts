import type { OrganisationKind, Role } from './forum';

/**
 * The Danish labels of the forum's closed sets, once for every output (meeting-labels.ts says how they are used). The forum
 * kind inside the submission template's sentence ("at styregruppen …") has one user and stays with it (submission-mail.ts).
 */
export const FORUM_DA: {
  /** A person's role in the forum (the members list, the settings). */
  readonly role: Readonly<Record<Role, string>>;
  readonly organisationKind: Readonly<Record<OrganisationKind, string>>;
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
};
