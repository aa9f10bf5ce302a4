import { PRESETS } from '../../../src/domain/commissorium';
import { automationApplication } from '../../../src/sandbox/seed/applications';
import type { Seed, SeedPerson } from '../../../src/sandbox/seed/types';

/**
 * A small seed for sandbox contract tests: two forums, a chair and secretary in the tenant, a
 * guest from a municipality, an e-mail-only patient representative, and someone in neither forum.
 */
const person = (
  id: string,
  displayName: string,
  mail: string,
  organisation: string,
  kind: SeedPerson['organisationKind'],
  account: SeedPerson['account'],
): SeedPerson => {
  const [givenName = '', ...rest] = displayName.split(' ');
  return { id, displayName, givenName, surname: rest.join(' '), mail, jobTitle: 'Tester', organisation, organisationKind: kind, account };
};

export const TEST_PEOPLE = {
  chair: person(
    '11111111-0000-4000-a000-000000000001',
    'Cecilie Chair',
    'cecilie.chair@testregion.example',
    'Testhospitalet',
    'hospital',
    'member',
  ),
  secretary: person(
    '11111111-0000-4000-a000-000000000002',
    'Sofie Sekretær',
    'sofie.sekretaer@testregion.example',
    'Testhospitalet',
    'hospital',
    'member',
  ),
  guest: person(
    '11111111-0000-4000-a000-000000000003',
    'Gustav Gæst',
    'gustav.gaest@testkommune.example',
    'Test Kommune',
    'municipality',
    'guest',
  ),
  patient: person(
    '11111111-0000-4000-a000-000000000004',
    'Pia Patient',
    'pia.patient@privat.example',
    'Patientrepræsentant',
    'patient',
    'external',
  ),
  outsider: person(
    '11111111-0000-4000-a000-000000000005',
    'Otto Udenfor',
    'otto.udenfor@testregion.example',
    'Testhospitalet',
    'hospital',
    'member',
  ),
} as const;

export const TEST_FORUMS = {
  steering: {
    groupId: '22222222-0000-4000-a000-000000000001',
    siteId: 'test.sharepoint.com,33333333-0000-4000-a000-000000000001,44444444-0000-4000-a000-000000000001',
  },
  theme: {
    groupId: '22222222-0000-4000-a000-000000000002',
    siteId: 'test.sharepoint.com,33333333-0000-4000-a000-000000000002,44444444-0000-4000-a000-000000000002',
  },
} as const;

export const testSeed: Seed = {
  tenant: { id: '00000000-0000-4000-a000-0000000000aa', domain: 'testregion.example', displayName: 'Test Region' },
  people: Object.values(TEST_PEOPLE),
  forums: [
    {
      ...TEST_FORUMS.steering,
      displayName: 'Teststyregruppen',
      shortName: 'TSG',
      kind: 'steering-group',
      mailNickname: 'teststyregruppen',
      description: 'Styregruppe til kontrakttests.',
      sharedMailbox: {
        id: '55555555-0000-4000-a000-000000000001',
        displayName: 'Testsekretariatet',
        mail: 'tsg-sekretariat@testregion.example',
      },
      members: [
        { person: TEST_PEOPLE.chair.mail, role: 'chair', substitute: TEST_PEOPLE.guest.mail },
        { person: TEST_PEOPLE.guest.mail, role: 'member' },
        { person: TEST_PEOPLE.patient.mail, role: 'member' },
        { person: TEST_PEOPLE.secretary.mail, role: 'secretariat' },
      ],
      meetings: [
        {
          key: 'm1-planning',
          kind: 'planning',
          title: 'Planlægningsmøde før møde 1',
          start: '2026-03-03T14:00',
          durationMinutes: 60,
          form: 'video',
          status: 'held',
          prepares: 'm1',
          booked: true,
        },
        {
          key: 'm1',
          kind: 'ordinary',
          title: 'Styregruppemøde 1',
          start: '2026-03-17T09:00',
          durationMinutes: 120,
          form: 'hybrid',
          location: 'Lokale 1',
          status: 'held',
          booked: true,
        },
        {
          key: 'm2',
          kind: 'ordinary',
          title: 'Styregruppemøde 2',
          start: '2026-10-29T09:00',
          durationMinutes: 120,
          form: 'physical',
          location: 'Lokale 2',
          status: 'booked',
          booked: true,
        },
        {
          key: 'm3',
          kind: 'ordinary',
          title: 'Styregruppemøde 3',
          start: '2026-12-10T09:00',
          durationMinutes: 120,
          form: 'hybrid',
          status: 'planned',
          booked: false,
        },
      ],
      mailbox: [
        {
          key: 'sag-1',
          from: { name: 'Gustav Gæst', address: TEST_PEOPLE.guest.mail },
          subject: 'Sagsfremstilling: Fælles testindsats',
          receivedAt: '2026-10-01T10:15',
          bodyHtml: '<p><b>Titel:</b> Fælles testindsats</p>',
          submission: { status: 'accepted', meeting: 'm2' },
        },
        {
          key: 'hilsen',
          from: { name: 'Pia Patient', address: TEST_PEOPLE.patient.mail },
          subject: 'Tak for sidst',
          receivedAt: '2026-10-02T08:00',
          bodyHtml: '<p>Tak.</p>',
        },
      ],
      agendas: {
        m2: [
          {
            title: 'Velkomst',
            durationMinutes: 10,
            recommendations: ['at styregruppen godkender dagsordenen'],
            description: 'Velkomst.',
            standing: true,
          },
          {
            title: 'Fælles testindsats',
            presenter: 'Gustav Gæst',
            durationMinutes: 20,
            recommendations: ['at styregruppen drøfter', 'at styregruppen beslutter'],
            description: 'Indsatsen.',
            fromMail: 'sag-1',
          },
        ],
      },
      settings: { ...PRESETS['horsens-2024'], name: 'Teststyregruppen', rooms: ['Testlokalet'] },
    },
    {
      ...TEST_FORUMS.theme,
      displayName: 'Testtemagruppen',
      shortName: 'TTG',
      kind: 'theme-group',
      mailNickname: 'testtemagruppen',
      description: 'Temagruppe til kontrakttests.',
      sharedMailbox: {
        id: '55555555-0000-4000-a000-000000000002',
        displayName: 'Testtemasekretariatet',
        mail: 'ttg-sekretariat@testregion.example',
      },
      members: [
        { person: TEST_PEOPLE.secretary.mail, role: 'secretariat' },
        { person: TEST_PEOPLE.guest.mail, role: 'chair' },
      ],
      meetings: [],
      mailbox: [],
      agendas: {},
      settings: { ...PRESETS['horsens-2023'], name: 'Testtemagruppen' },
    },
  ],
  // The unattended run's registration: granted the steering group's mailbox and site only (the theme group's answer
  // it 403, as Exchange's application access policy and Sites.Selected would).
  applications: [automationApplication([TEST_FORUMS.steering.groupId])],
};
