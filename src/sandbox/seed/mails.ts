import type { SeedMail } from './types';

/**
 * Mail in the steering group's submission mailbox: case presentations (sagsfremstillinger) from
 * members of several organisations, in the shapes people really send — structured, loose, and an
 * auto-reply that intake must ignore. `receivedAt` is local Copenhagen time; `meeting` names a
 * meeting key from the year plan.
 */
export function steeringGroupMails(nextMeeting: string, laterMeeting: string, mailDay: (daysBeforeNext: number) => string): SeedMail[] {
  return [
    {
      key: 'kol-indsats',
      from: { name: 'Lars Harbo', address: 'lars.harbo@skovlund.example' },
      subject: 'Sagsfremstilling: Fælles indsats for borgere med KOL',
      receivedAt: mailDay(30),
      bodyHtml: [
        '<p>Kære sekretariat</p>',
        '<p>Skovlund Kommune ønsker følgende punkt på dagsordenen.</p>',
        '<p><b>Titel:</b> Fælles indsats for borgere med KOL</p>',
        '<p><b>Indstilling</b></p>',
        '<ul><li>at klyngestyregruppen tager orienteringen om erfaringerne fra Skovlund til efterretning</li>',
        '<li>at klyngestyregruppen godkender, at en arbejdsgruppe udarbejder forslag til en fælles model</li></ul>',
        '<p><b>Sagsfremstilling</b></p>',
        '<p>Skovlund Kommune har siden foråret afprøvet telemedicinsk opfølgning for borgere med KOL i samarbejde med',
        ' lungemedicinsk ambulatorium på Fjordhospitalet. Erfaringerne viser færre genindlæggelser.</p>',
        '<p><b>Oplægsholder:</b> Lars Harbo</p>',
        '<p><b>Tidsforbrug:</b> 20 min</p>',
        '<p>Venlig hilsen<br>Lars Harbo<br>Social- og sundhedsdirektør, Skovlund Kommune</p>',
      ].join(''),
      attachments: [
        {
          name: 'Erfaringsopsamling KOL Skovlund.txt',
          contentType: 'text/plain',
          text: 'Erfaringsopsamling: 42 borgere, 9 færre genindlæggelser.',
        },
      ],
      submission: { status: 'new' },
    },
    {
      key: 'paarorende-udskrivelse',
      from: { name: 'Trine Frost', address: 'trine.frost@privat.example' },
      subject: 'Forslag til punkt: pårørende ved udskrivelse',
      receivedAt: mailDay(26),
      bodyHtml: [
        '<p>Hej</p><p>Jeg vil gerne foreslå et punkt om, hvordan pårørende inddrages, når ældre borgere udskrives.',
        ' Vi hører fra mange pårørende, at de først får besked samme dag.</p>',
        '<p>Indstilling: at klyngestyregruppen drøfter, hvordan pårørende kan orienteres senest dagen før udskrivelse</p>',
        '<p>Ønskes behandlet på mødet i december. Jeg har brug for ca. 15 min.</p>',
        '<p>Med venlig hilsen<br>Trine Frost<br>Danske Patienter</p>',
      ].join(''),
      submission: { status: 'new' },
    },
    {
      key: 'boern-unge-mistrivsel',
      from: { name: 'Anja Skov', address: 'anja.skov@regionfjord.example' },
      subject: 'Punkt til dagsorden: Samarbejdsmodel for børn og unge i psykisk mistrivsel',
      receivedAt: mailDay(35),
      bodyHtml: [
        '<p><b>Indstilling</b></p>',
        '<ul><li>at klyngestyregruppen tager status til efterretning</li>',
        '<li>at klyngestyregruppen godkender den reviderede tidsplan</li></ul>',
        '<p><b>Beskrivelse af sagen</b></p>',
        '<p>Styregruppen for samarbejdsmodellen har holdt tre møder. Projektlederen er tiltrådt, og der er afholdt workshop',
        ' med kommunernes familieafdelinger og børne- og ungdomspsykiatrien.</p>',
        '<p>Oplægsholder: Anja Skov</p><p>Tidsforbrug: 25 minutter</p>',
      ].join(''),
      attachments: [
        {
          name: 'Tidsplan samarbejdsmodel.txt',
          contentType: 'text/plain',
          text: 'Fase 1: kortlægning. Fase 2: afprøvning. Fase 3: evaluering.',
        },
      ],
      submission: { status: 'accepted', meeting: nextMeeting },
    },
    {
      key: 'natordning-evaluering',
      from: { name: 'Karen Rask', address: 'karen.rask@regionfjord.example' },
      subject: 'Sagsfremstilling: Evaluering af den akutte natordning',
      receivedAt: mailDay(60),
      bodyHtml: [
        '<p><b>Indstilling</b></p><ul><li>at klyngestyregruppen drøfter de første erfaringer med den akutte natordning</li></ul>',
        '<p><b>Baggrund</b></p><p>Natordningen har kørt i et halvt år. Evalueringen er klar i begyndelsen af næste år.</p>',
        '<p>Oplægsholder: Karen Rask, cheflæge</p>',
      ].join(''),
      submission: { status: 'deferred', meeting: laterMeeting },
    },
    {
      key: 'fravaer',
      from: { name: 'Susanne Krogh', address: 'susanne.krogh@engholm.example' },
      subject: 'Automatisk svar: Indkaldelse af punkter til klyngestyregruppen',
      receivedAt: mailDay(28),
      bodyHtml: '<p>Jeg er på ferie og læser ikke mail. Ved akutte henvendelser kontakt Peter Due.</p>',
    },
  ];
}
