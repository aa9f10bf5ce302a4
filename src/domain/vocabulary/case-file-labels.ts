import type { CaseFileDocumentKind } from './case-file';

/** The Danish names of the archive package's document kinds: the manifest's "Dokumenttype" column. */
export const CASE_FILE_DA: { readonly kind: Readonly<Record<CaseFileDocumentKind, string>> } = {
  kind: {
    agenda: 'Dagsorden',
    bilag: 'Bilag',
    minutes: 'Godkendt referat',
    approval: 'Formandskabets godkendelse',
    'consultation-reply': 'Høringssvar',
  },
};
