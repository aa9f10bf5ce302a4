import type { caseFileDa } from './case-file-da';

/** The archive package strings, English. */
export const caseFileEn: typeof caseFileDa = {
  title: 'Archive package for the case system',
  intro:
    'The agenda, appendices, the approved minutes with the co-chairs’ approval and consultation replies in one zip file for filing, each document with its date and a short description (Danish Access to Public Administration Files Act § 15) and a manifest with SHA-256 hashes and case numbers (JSON, and CSV for Excel). The package is made once and saved in the meeting’s folder.',
  download: 'Download archive package',
  busy: 'Making the archive package …',
  created: 'The archive package was made with {{count}} documents and saved in the meeting’s folder. It is downloading now.',
  found:
    'The archive package had already been made ({{count}} documents) and is in the meeting’s folder. The same package is downloading now.',
  changed:
    'Warning: the archive package in the meeting’s folder no longer matches its manifest — a file was changed after the package was made. Check the package before filing it.',
  openInFolder: 'Open the archive package in the meeting’s folder',
  documents: 'Documents in the archive package',
  documentLine: '{{kind}}, {{date}}: {{description}}',
  refused: {
    'not-circulated': 'The archive package can be made once the minutes have been circulated (and not reopened).',
    'content-changed':
      'The archive package cannot be made: the stored minutes do not match the approved content (SHA-256). Contact your technical administrator.',
    'missing-documents':
      'The archive package cannot be made because these files are missing: {{files}}. Put them back in place and try again.',
  },
};
