import type { TeamsManifestV1D30 as V130 } from '@microsoft/app-manifest';
import { RIBBON_ICON_SIZES, ribbonIconFile } from '../package/icons';
import type { Command, ManifestStrings } from './strings';

type Extension = V130.ElementExtension;
type Ribbon = V130.ExtensionRibbonsArray;
type Icon = V130.ExtensionCommonIcon;

/** The Outlook contexts we add a button to, and what each button opens. */
export const OUTLOOK_COMMANDS = [
  { context: 'mailRead', actionId: 'addToAgenda', strings: (s: ManifestStrings) => s.addToAgenda },
  { context: 'mailCompose', actionId: 'submitAgendaItem', strings: (s: ManifestStrings) => s.submitItem },
  { context: 'meetingDetailsOrganizer', actionId: 'planMeeting', strings: (s: ManifestStrings) => s.planMeeting },
] as const;

export const TASKPANE_RUNTIME_ID = 'TaskPaneRuntime';

/** Mailbox 1.3 is the lowest requirement set with add-in commands on all three surfaces. */
const MAILBOX = { name: 'Mailbox', minVersion: '1.3' };

const icons = (baseUrl: string): Icon[] => RIBBON_ICON_SIZES.map((size) => ({ size, url: `${baseUrl}/assets/${ribbonIconFile(size)}` }));

function ribbon(baseUrl: string, strings: ManifestStrings, index: number): Ribbon {
  const command = OUTLOOK_COMMANDS[index];
  if (!command) throw new Error(`No Outlook command ${index}`);
  const text: Command = command.strings(strings);
  return {
    contexts: [command.context],
    tabs: [
      {
        builtInTabId: 'TabDefault',
        groups: [
          {
            id: `sekretariat.${command.context}`,
            label: strings.ribbonGroup,
            icons: icons(baseUrl),
            controls: [
              {
                id: `sekretariat.${command.actionId}`,
                type: 'button',
                label: text.label,
                icons: icons(baseUrl),
                supertip: { title: text.tipTitle, description: text.tipDescription },
                actionId: command.actionId,
              },
            ],
          },
        ],
      },
    ],
  };
}

/**
 * The Outlook add-in: one task-pane runtime (the page asks the host what it is looking at — a
 * message being read, a draft, an appointment being organised) and one ribbon button per context.
 * Sign-in is nested app authentication, which needs only `webApplicationInfo` at the top level.
 */
export function outlookExtension(baseUrl: string, strings: ManifestStrings): Extension {
  return {
    requirements: { scopes: ['mail'], capabilities: [MAILBOX] },
    runtimes: [
      {
        id: TASKPANE_RUNTIME_ID,
        type: 'general',
        code: { page: `${baseUrl}/outlook-taskpane.html` },
        lifetime: 'short',
        actions: OUTLOOK_COMMANDS.map((command) => ({
          id: command.actionId,
          type: 'openPage',
          displayName: command.strings(strings).label,
          pinnable: command.context === 'mailRead',
        })),
      },
    ],
    ribbons: OUTLOOK_COMMANDS.map((_, index) => ribbon(baseUrl, strings, index)),
  };
}
