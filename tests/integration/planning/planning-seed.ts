import type { Seed, SeedForum, SeedMail } from '../../../src/sandbox/seed/types';
import { TEST_PEOPLE, testSeed } from '../support/test-seed';

/**
 * The small test seed with case presentations waiting for the steering group's meeting 2 (29 October 2026): two new
 * ones from members outside the tenant (their mail leaves through the sandbox outbox) and one deferred to it.
 */
const extra: SeedMail[] = [
  {
    key: 'kol',
    from: { name: 'Gustav Gæst', address: TEST_PEOPLE.guest.mail },
    subject: 'Fælles indsats for borgere med KOL',
    receivedAt: '2026-10-05T10:15',
    bodyHtml: '<p>Indstilling: at styregruppen godkender en fælles model</p>',
    submission: { status: 'new' },
  },
  {
    key: 'paarorende',
    from: { name: 'Pia Patient', address: TEST_PEOPLE.patient.mail },
    subject: 'Pårørende ved udskrivelse',
    receivedAt: '2026-10-06T09:00',
    bodyHtml: '<p>Indstilling: at styregruppen drøfter inddragelse af pårørende</p>',
    submission: { status: 'new' },
  },
  {
    key: 'natordning',
    from: { name: 'Pia Patient', address: TEST_PEOPLE.patient.mail },
    subject: 'Evaluering af den akutte natordning',
    receivedAt: '2026-09-01T09:00',
    bodyHtml: '<p>Indstilling: at styregruppen drøfter evalueringen</p>',
    submission: { status: 'deferred', meeting: 'm2' },
  },
];

const [steering, ...rest] = testSeed.forums;
if (!steering) throw new Error('test seed without forums');
const forum: SeedForum = { ...steering, mailbox: [...steering.mailbox, ...extra] };

export const planningSeed: Seed = { ...testSeed, forums: [forum, ...rest] };

/** Submission item ids follow the order of the seeded mails that are submissions (1-based). */
export const SUBMISSION_IDS = { accepted: '1', kol: '2', paarorende: '3', natordning: '4' } as const;
/** Meetings item ids in seed order: m1-planning 1, m1 2, m2 3, m3 4. */
export const MEETING_IDS = { m2: '3', m3: '4' } as const;
