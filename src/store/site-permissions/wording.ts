import { CONTRIBUTE_NO_DELETE, ROLE_TYPE_KIND, type PermissionLevel, type PlanPrincipal, type PlanTarget } from './permission-plan';
import type { SpPrincipal, SpRoleDefinition } from './site-security';

/**
 * The words `provision` and `provision --check` print: Danish first, then English, as every CLI message. SharePoint
 * names its built-in levels in the site's language; we name them by their RoleTypeKind so the output reads the same
 * on every site.
 */

export interface Words {
  readonly da: string;
  readonly en: string;
}

const BUILT_IN: Readonly<Record<number, Words>> = {
  1: { da: 'Begrænset adgang', en: 'Limited Access' },
  [ROLE_TYPE_KIND.read]: { da: 'Læse', en: 'Read' },
  [ROLE_TYPE_KIND.contribute]: { da: 'Bidrag', en: 'Contribute' },
  4: { da: 'Design', en: 'Design' },
  [ROLE_TYPE_KIND.fullControl]: { da: 'Fuld kontrol', en: 'Full Control' },
  [ROLE_TYPE_KIND.edit]: { da: 'Redigere', en: 'Edit' },
};

export function roleWords(role: SpRoleDefinition): Words {
  return BUILT_IN[role.roleTypeKind] ?? { da: role.name, en: role.name };
}

export function levelWords(level: PermissionLevel): Words {
  switch (level) {
    case 'fullControl':
      return { da: 'Fuld kontrol', en: 'Full Control' };
    case 'read':
      return { da: 'Læse', en: 'Read' };
    case 'contribute':
      return { da: 'Bidrag', en: 'Contribute' };
    case 'contributeNoDelete':
      return { da: CONTRIBUTE_NO_DELETE.name, en: `${CONTRIBUTE_NO_DELETE.name} (contribute, no delete)` };
  }
}

export function planPrincipalWords(principal: PlanPrincipal): Words {
  switch (principal.kind) {
    case 'owners':
      return { da: 'gruppen Ejere', en: 'owners group' };
    case 'members':
      return { da: 'gruppen Medlemmer', en: 'members group' };
    case 'visitors':
      return { da: 'gruppen Besøgende', en: 'visitors group' };
    case 'user':
      return { da: `bruger ${principal.email}`, en: `user ${principal.email}` };
  }
}

export function spPrincipalWords(principal: SpPrincipal, currentUserId?: number): Words {
  if (principal.kind === 'group') return { da: `gruppen "${principal.title}"`, en: `group "${principal.title}"` };
  const who = principal.email || principal.title || principal.loginName;
  const you = principal.id === currentUserId ? { da: ' (dig, der kører provision)', en: ' (you, running provision)' } : { da: '', en: '' };
  if (principal.kind === 'user') return { da: `bruger ${who}${you.da}`, en: `user ${who}${you.en}` };
  return { da: `${who}${you.da}`, en: `${who}${you.en}` };
}

export function targetWords(target: PlanTarget): string {
  return target.kind === 'list' ? target.list : `${target.path} (mappe / folder)`;
}

/** "Læse + Redigere" / "Read + Edit". */
export function rolesWords(roles: readonly SpRoleDefinition[]): Words {
  const words = roles.map(roleWords);
  return { da: words.map((w) => w.da).join(' + '), en: words.map((w) => w.en).join(' + ') };
}

/** One line for the terminal: "Approvals: arver rettigheder fra webstedet / inherits the site's permissions". */
export function line(subject: string, words: Words): string {
  return `${subject}: ${words.da} / ${words.en}`;
}
