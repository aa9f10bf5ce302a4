import type { MinutesContent, MinutesItem } from '../../../../src/domain/minutes/minutes-content';

export const item = (id: string, number: number, over: Partial<MinutesItem> = {}): MinutesItem => ({
  agendaItemId: id,
  number,
  title: `Punkt ${number}`,
  recommendations: ['at styregruppen tager orienteringen til efterretning'],
  referat: 'Styregruppen drøftede sagen.',
  beslutning: 'Godkendt.',
  ...over,
});

export const content = (over: Partial<MinutesContent> = {}): MinutesContent => ({
  meetingId: '7',
  forumName: 'Klyngestyregruppen for Fjordklyngen',
  forumShortName: 'KSG',
  meetingTitle: 'Møde 1-2027',
  start: '2027-03-04T08:00:00Z',
  end: '2027-03-04T10:00:00Z',
  form: 'hybrid',
  location: 'Mødelokale 2',
  attendance: [
    { email: 'jonas@region.example', name: 'Jonas Vestergaard', organisation: 'Regionshospitalet', presence: 'room', chair: true },
    { email: 'lene@kommune.example', name: 'Lene Damgaard', organisation: 'Fjordby Kommune', presence: 'online', chair: true },
    { email: 'ole@praksis.example', name: 'Ole Ørsted', organisation: 'Almen praksis', presence: 'apology' },
  ],
  items: [
    item('a1', 1, { title: 'Velkomst og godkendelse af dagsorden' }),
    item('a2', 2, { title: 'Fælles indsats for ældre medicinske patienter' }),
    item('a3', 3, { title: 'Økonomi og årshjul' }),
  ],
  ...over,
});
