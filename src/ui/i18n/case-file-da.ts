/** The archive package strings (namespace `caseFile`), Danish; loaded with the section (namespaces.ts). */
export const caseFileDa = {
  title: 'Arkivpakke til sagssystemet',
  intro:
    'Dagsorden, bilag, det godkendte referat med formandskabets godkendelse og høringssvar i én zip-fil til journalisering, hvert dokument med dato og kort beskrivelse (offentlighedslovens § 15) og et manifest med SHA-256 og sagsnumre (JSON og CSV til Excel). Pakken dannes én gang og gemmes i mødets mappe.',
  download: 'Hent arkivpakke',
  busy: 'Danner arkivpakken …',
  created: 'Arkivpakken er dannet med {{count}} dokumenter og gemt i mødets mappe. Den hentes nu.',
  found: 'Arkivpakken var allerede dannet ({{count}} dokumenter) og ligger i mødets mappe. Den samme pakke hentes nu.',
  changed:
    'Advarsel: Arkivpakken i mødets mappe stemmer ikke længere med sit manifest — en fil er ændret, efter at pakken blev dannet. Kontrollér pakken, før den journaliseres.',
  openInFolder: 'Åbn arkivpakken i mødets mappe',
  documents: 'Dokumenter i arkivpakken',
  documentLine: '{{kind}}, {{date}}: {{description}}',
  refused: {
    'not-circulated': 'Arkivpakken kan først dannes, når referatet er udsendt (og ikke genåbnet).',
    'content-changed':
      'Arkivpakken kan ikke dannes: det gemte referat svarer ikke til det godkendte indhold (SHA-256). Kontakt den tekniske ansvarlige.',
    'missing-documents': 'Arkivpakken kan ikke dannes, fordi disse filer mangler: {{files}}. Læg dem tilbage på deres plads, og prøv igen.',
  },
};
