import type {
  ConsultationStatus,
  ConsultationVerdict,
  ForumKind,
  MeetingForm,
  MeetingKind,
  MeetingStatus,
  OrganisationKind,
  Role,
  SubmissionStatus,
} from './vocabulary';

/** One Danish word per value of each closed set that people read; keyed by the set's type. */
export interface DanishLabels {
  readonly meetingKind: Readonly<Record<MeetingKind, string>>;
  /** The kind inside a sentence: "Frist for punkter til mødet". */
  readonly meetingKindDefinite: Readonly<Record<MeetingKind, string>>;
  readonly meetingForm: Readonly<Record<MeetingForm, string>>;
  readonly meetingStatus: Readonly<Record<MeetingStatus, string>>;
  /** A person's role in the forum (the members list, the settings). */
  readonly role: Readonly<Record<Role, string>>;
  readonly organisationKind: Readonly<Record<OrganisationKind, string>>;
  /** The forum inside a sentence: "at styregruppen godkender …". */
  readonly forumKindDefinite: Readonly<Record<ForumKind, string>>;
  readonly submissionStatus: Readonly<Record<SubmissionStatus, string>>;
  readonly consultationStatus: Readonly<Record<ConsultationStatus, string>>;
  readonly consultationVerdict: Readonly<Record<ConsultationVerdict, string>>;
}

/**
 * The Danish labels of the closed sets (vocabulary.ts), once for every output: the UI's Danish resources refer to
 * them (the English ones are keyed the same), and so do the mails, the documents and the CLI — a meeting's form reads
 * the same in its invitation, its agenda and the settings. A value without a label fails to compile. The wordings
 * are the users' own, as in the steering groups' minutes ("Form: Fysisk møde med mulighed for virtuel deltagelse").
 * Labels are never persisted, so changing one changes only what people read; titles are not labels (meeting-names.ts).
 */
export const DANISH_LABELS: DanishLabels = {
  meetingKind: { ordinary: 'Ordinært møde', extraordinary: 'Ekstraordinært møde', planning: 'Planlægningsmøde', video: 'Videomøde' },
  meetingKindDefinite: { ordinary: 'mødet', extraordinary: 'det ekstraordinære møde', planning: 'planlægningsmødet', video: 'videomødet' },
  meetingForm: { physical: 'Fysisk møde', video: 'Videomøde (Microsoft Teams)', hybrid: 'Fysisk møde med mulighed for virtuel deltagelse' },
  meetingStatus: { planned: 'Planlagt', booked: 'Booket', 'agenda-sent': 'Dagsorden udsendt', held: 'Afholdt', 'minutes-approved': 'Referat godkendt', cancelled: 'Aflyst' },
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
  forumKindDefinite: { 'steering-group': 'styregruppen', 'theme-group': 'temagruppen', 'working-group': 'arbejdsgruppen' },
  submissionStatus: { new: 'Modtaget', accepted: 'På dagsordenen', deferred: 'Udsat til et senere møde', declined: 'Ikke optaget' },
  consultationStatus: { draft: 'Kladde', 'awaiting-sign-off': 'Afventer formandskabet', open: 'Åben', closed: 'Afsluttet' },
  consultationVerdict: { approve: 'Godkendt', noComments: 'Ingen bemærkninger', comments: 'Bemærkninger', objection: 'Indsigelse' },
};
