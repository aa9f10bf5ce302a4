import type { SeedPerson } from './types';

/**
 * The people of the fictional Fjordklyngen, shaped like the reference minutes: a hospital and the
 * regional psychiatry (users of the secretariat's tenant, regionfjord.example), four municipalities
 * (guests from their own tenants), general practice, and patient representatives who have nothing
 * but an e-mail address. All names and addresses are invented.
 */

type Row = readonly [
  displayName: string,
  mail: string,
  jobTitle: string,
  organisation: string,
  kind: SeedPerson['organisationKind'],
  account: SeedPerson['account'],
  id: string,
];

const FJORDHOSPITALET = 'Fjordhospitalet';
const PSYKIATRIEN = 'Psykiatrien i Region Fjord';
const PRAKSIS = 'Almen praksis';

const rows: readonly Row[] = [
  // Fjordhospitalet (the secretariat's own tenant)
  [
    'Jonas Vestergaard',
    'jonas.vestergaard@regionfjord.example',
    'Hospitalsdirektør',
    FJORDHOSPITALET,
    'hospital',
    'member',
    '3f6a2b10-0c1d-4e21-9a01-000000000001',
  ],
  [
    'Mette Lund Kjær',
    'mette.lund.kjaer@regionfjord.example',
    'Sygeplejefaglig direktør',
    FJORDHOSPITALET,
    'hospital',
    'member',
    '3f6a2b10-0c1d-4e21-9a01-000000000002',
  ],
  [
    'Karen Rask',
    'karen.rask@regionfjord.example',
    'Cheflæge',
    FJORDHOSPITALET,
    'hospital',
    'member',
    '3f6a2b10-0c1d-4e21-9a01-000000000003',
  ],
  [
    'Katrine Holm',
    'katrine.holm@regionfjord.example',
    'Specialkonsulent, klyngesekretariatet',
    FJORDHOSPITALET,
    'hospital',
    'member',
    '3f6a2b10-0c1d-4e21-9a01-000000000004',
  ],
  // Psykiatrien i Region Fjord (same tenant)
  [
    'Yrsa Thomsen',
    'yrsa.thomsen@regionfjord.example',
    'Direktør',
    PSYKIATRIEN,
    'psychiatry',
    'member',
    '3f6a2b10-0c1d-4e21-9a01-000000000005',
  ],
  [
    'Anja Skov',
    'anja.skov@regionfjord.example',
    'Chefsygeplejerske',
    PSYKIATRIEN,
    'psychiatry',
    'member',
    '3f6a2b10-0c1d-4e21-9a01-000000000006',
  ],
  [
    'Anne Bisgaard',
    'anne.bisgaard@regionfjord.example',
    'Chefkonsulent, klyngesekretariatet',
    PSYKIATRIEN,
    'psychiatry',
    'member',
    '3f6a2b10-0c1d-4e21-9a01-000000000007',
  ],
  // General practice: the practice coordinator is employed by the region; PLO is not
  [
    'Poul Erik Winther',
    'poul.erik.winther@regionfjord.example',
    'Praksiskoordinator',
    PRAKSIS,
    'general-practice',
    'member',
    '3f6a2b10-0c1d-4e21-9a01-000000000008',
  ],
  ['Jane Holt', 'jane.holt@plo-fjord.example', 'Praktiserende læge, PLO Fjord', PRAKSIS, 'general-practice', 'external', ''],
  // Municipalities: guests from their own tenants
  [
    'Lene Damgaard',
    'lene.damgaard@fjordby.example',
    'Direktør for Sundhed og Omsorg',
    'Fjordby Kommune',
    'municipality',
    'guest',
    '3f6a2b10-0c1d-4e21-9a01-000000000010',
  ],
  [
    'Mads Kvist',
    'mads.kvist@fjordby.example',
    'Sundhedschef',
    'Fjordby Kommune',
    'municipality',
    'guest',
    '3f6a2b10-0c1d-4e21-9a01-000000000011',
  ],
  [
    'Lars Harbo',
    'lars.harbo@skovlund.example',
    'Social- og sundhedsdirektør',
    'Skovlund Kommune',
    'municipality',
    'guest',
    '3f6a2b10-0c1d-4e21-9a01-000000000012',
  ],
  [
    'Trine Bøgh',
    'trine.bogh@skovlund.example',
    'Sundhedschef',
    'Skovlund Kommune',
    'municipality',
    'guest',
    '3f6a2b10-0c1d-4e21-9a01-000000000013',
  ],
  [
    'Henrik Mølgaard',
    'henrik.molgaard@bakkedal.example',
    'Direktør, Sundhed og Omsorg',
    'Bakkedal Kommune',
    'municipality',
    'guest',
    '3f6a2b10-0c1d-4e21-9a01-000000000014',
  ],
  [
    'Birgitte Lauritsen',
    'birgitte.lauritsen@bakkedal.example',
    'Sundhedschef',
    'Bakkedal Kommune',
    'municipality',
    'guest',
    '3f6a2b10-0c1d-4e21-9a01-000000000015',
  ],
  [
    'Susanne Krogh',
    'susanne.krogh@engholm.example',
    'Kommunaldirektør',
    'Engholm Kommune',
    'municipality',
    'guest',
    '3f6a2b10-0c1d-4e21-9a01-000000000016',
  ],
  [
    'Peter Due',
    'peter.due@engholm.example',
    'Chef for Pleje og Omsorg',
    'Engholm Kommune',
    'municipality',
    'guest',
    '3f6a2b10-0c1d-4e21-9a01-000000000017',
  ],
  // Patient and relative representatives: e-mail only
  [
    'Trine Frost',
    'trine.frost@privat.example',
    'Patientrepræsentant, Danske Patienter',
    'Patient- og pårørenderepræsentanter',
    'patient',
    'external',
    '',
  ],
  [
    'Ralf Jessen',
    'ralf.jessen@privat.example',
    'Pårørenderepræsentant, Bedre Psykiatri',
    'Patient- og pårørenderepræsentanter',
    'patient',
    'external',
    '',
  ],
];

export const people: readonly SeedPerson[] = rows.map(([displayName, mail, jobTitle, organisation, organisationKind, account, id]) => {
  const [givenName = displayName, ...rest] = displayName.split(' ');
  return {
    id: id || `external:${mail}`,
    displayName,
    givenName,
    surname: rest.join(' '),
    mail,
    jobTitle,
    organisation,
    organisationKind,
    account,
  };
});

/** Looks a seeded person up by mail; a typo in the seed fails loudly at start. */
export function person(mail: string): SeedPerson {
  const found = people.find((p) => p.mail === mail);
  if (!found) throw new Error(`Seed: no person ${mail}`);
  return found;
}
