import { lazyStrings, type AddStrings } from './lazy-strings';
import { publicationDa } from './publication-da';
import { publicationEn } from './publication-en';

/** Adds the publication section's strings to an i18next instance, once per instance. */
export const addPublicationStrings: AddStrings = lazyStrings(publicationDa, publicationEn);
