import type { TeamsManifestV1D30 as V130 } from '@microsoft/app-manifest';
import { ACCENT_COLOR } from '../package/icons';
import { outlookExtension } from './outlook-extension';
import type { ManifestSettings } from './settings';
import { DA } from './strings';

export type AppManifest = V130.TeamsManifestV1D30;

/** The newest manifest version whose schema ships in @microsoft/app-manifest; it carries Outlook add-ins in `extensions`. */
export const MANIFEST_VERSION = '1.30';
export const MANIFEST_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;

/** Fixed for the life of the app: Teams and Outlook recognise updates by it. */
import { APP_ID } from '../../config/app-identity';

export { APP_ID };

/** File names inside the app package. */
export const PACKAGE_FILES = {
  manifest: 'manifest.json',
  colorIcon: 'color.png',
  outlineIcon: 'outline.png',
  english: 'en.json',
} as const;

/** Activity feed notification types; `sendActivityNotification` names them in `activityType`. */
export const ACTIVITY_TYPES = { approvalRequested: 'approvalRequested', approvalReminder: 'approvalReminder' } as const;

/**
 * The one unified manifest: a Teams app (personal and team tab, activity feed) and an Outlook
 * add-in (`extensions`), all URLs under `settings.baseUrl`. Default language Danish; English in
 * the localization file `en.json` (see `localization.ts`).
 */
export function buildManifest(settings: ManifestSettings): AppManifest {
  const base = settings.baseUrl;
  const host = new URL(base).host;
  return {
    $schema: MANIFEST_SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: settings.version,
    id: APP_ID,
    localizationInfo: {
      defaultLanguageTag: 'da',
      additionalLanguages: [{ languageTag: 'en', file: PACKAGE_FILES.english }],
    },
    developer: {
      name: 'Sekretariat',
      websiteUrl: `${base}/`,
      privacyUrl: `${base}/privacy.html`,
      termsOfUseUrl: `${base}/terms.html`,
    },
    name: { short: DA.nameShort, full: DA.nameFull },
    description: { short: DA.descriptionShort, full: DA.descriptionFull },
    icons: { color: PACKAGE_FILES.colorIcon, outline: PACKAGE_FILES.outlineIcon },
    accentColor: ACCENT_COLOR,
    staticTabs: [
      {
        entityId: 'home',
        name: DA.homeTab,
        contentUrl: `${base}/teams.html?view=home`,
        websiteUrl: `${base}/`,
        scopes: ['personal'],
      },
    ],
    configurableTabs: [
      {
        configurationUrl: `${base}/teams-config.html`,
        canUpdateConfiguration: true,
        // groupChat is the scope of a Teams meeting's chat: the tab added to a forum meeting opens as its side panel
        // during the meeting and as a tab of its details and chat before and after (the same page: teams.html finds
        // the forum meeting from the meeting's context).
        scopes: ['team', 'groupChat'],
        context: ['channelTab', 'meetingSidePanel', 'meetingDetailsTab', 'meetingChatTab'],
      },
    ],
    validDomains: [host],
    webApplicationInfo: { id: settings.clientId, resource: `api://${host}/${settings.clientId}` },
    authorization: {
      // The Outlook add-in reads the open message or appointment and writes into drafts.
      permissions: { resourceSpecific: [{ name: 'MailboxItem.ReadWrite.User', type: 'Delegated' }] },
    },
    activities: {
      activityTypes: [
        { type: ACTIVITY_TYPES.approvalRequested, ...DA.approvalRequested },
        { type: ACTIVITY_TYPES.approvalReminder, ...DA.approvalReminder },
      ],
    },
    extensions: [outlookExtension(base, DA)],
  };
}
