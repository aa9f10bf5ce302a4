import { OUTLOOK_COMMANDS } from './outlook-extension';
import { MANIFEST_VERSION } from './build-manifest';
import type { ManifestStrings } from './strings';
import { EN } from './strings';

/** A localization file of the unified manifest: top-level strings plus JSONPath-like keys. */
export type LocalizationFile = Readonly<Record<string, string>>;

export const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;

/** The English strings for the manifest built by `buildManifest` (same array positions). */
export function buildLocalization(strings: ManifestStrings = EN): LocalizationFile {
  const file: Record<string, string> = {
    $schema: LOCALIZATION_SCHEMA_URL,
    'name.short': strings.nameShort,
    'name.full': strings.nameFull,
    'description.short': strings.descriptionShort,
    'description.full': strings.descriptionFull,
    'staticTabs[0].name': strings.homeTab,
    'activities.activityTypes[0].description': strings.approvalRequested.description,
    'activities.activityTypes[0].templateText': strings.approvalRequested.templateText,
    'activities.activityTypes[1].description': strings.approvalReminder.description,
    'activities.activityTypes[1].templateText': strings.approvalReminder.templateText,
  };
  OUTLOOK_COMMANDS.forEach((command, index) => {
    const text = command.strings(strings);
    const group = `extensions[0].ribbons[${index}].tabs[0].groups[0]`;
    file[`extensions[0].runtimes[0].actions[${index}].displayName`] = text.label;
    file[`${group}.label`] = strings.ribbonGroup;
    file[`${group}.controls[0].label`] = text.label;
    file[`${group}.controls[0].supertip.title`] = text.tipTitle;
    file[`${group}.controls[0].supertip.description`] = text.tipDescription;
  });
  return file;
}
