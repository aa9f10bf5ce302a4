import { spBadRequest } from './errors';

/**
 * Reads the part of a SharePoint REST URL below `/_api/` (percent-decoded once) into what it addresses. The sandbox
 * knows the calls `sekretariat provision` makes and nothing more; anything else is SharePoint's 400 for an unknown
 * segment. Method names are case-insensitive, as SharePoint's are; a quoted value doubles its `'`.
 */

/** A securable object addressed by the URL: the web, a list by title, or a library folder by server-relative path. */
export type ObjectRef =
  { readonly kind: 'web' } | { readonly kind: 'list'; readonly title: string } | { readonly kind: 'folder'; readonly path: string };

export type ObjectOperation =
  | { readonly op: 'self' }
  | { readonly op: 'roleassignments' }
  | { readonly op: 'breakroleinheritance'; readonly copyRoleAssignments: boolean; readonly clearSubscopes: boolean }
  | { readonly op: 'addroleassignment' | 'removeroleassignment'; readonly principalId: number; readonly roleDefinitionId: number };

export type ApiTarget =
  | { readonly kind: 'web' }
  | { readonly kind: 'currentuser' }
  | { readonly kind: 'associatedgroup'; readonly group: 'owners' | 'members' | 'visitors' }
  | { readonly kind: 'roledefinitions' }
  | { readonly kind: 'ensureuser' }
  | { readonly kind: 'object'; readonly object: ObjectRef; readonly operation: ObjectOperation };

const QUOTED = "'((?:[^']|'')*)'";
const LIST = new RegExp(`^web/lists/getbytitle\\(${QUOTED}\\)`, 'i');
const FOLDER = new RegExp(`^web/getfolderbyserverrelativepath\\(decodedurl=${QUOTED}\\)/listitemallfields`, 'i');
const GROUPS: Readonly<Record<string, 'owners' | 'members' | 'visitors'>> = { owner: 'owners', member: 'members', visitor: 'visitors' };

const unquote = (value: string): string => value.replace(/''/g, "'");

/** `name=value,name=value` of a method call, names in lower case. */
function callArguments(text: string): Map<string, string> {
  const args = new Map<string, string>();
  for (const part of text.split(',').filter((p) => p.trim() !== '')) {
    const eq = part.indexOf('=');
    if (eq < 0) throw spBadRequest(`The expression "${text}" is not valid.`);
    args.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  return args;
}

function booleanArgument(args: Map<string, string>, name: string): boolean {
  const value = args.get(name.toLowerCase())?.toLowerCase();
  if (value !== 'true' && value !== 'false') throw spBadRequest(`The parameter ${name} is missing or is not a Boolean.`);
  return value === 'true';
}

function integerArgument(args: Map<string, string>, name: string): number {
  const value = args.get(name);
  if (value === undefined || !/^\d+$/.test(value)) throw spBadRequest(`The parameter ${name} is missing or is not an integer.`);
  return Number(value);
}

function operation(rest: string): ObjectOperation | undefined {
  if (rest === '') return { op: 'self' };
  if (/^\/roleassignments$/i.test(rest)) return { op: 'roleassignments' };
  const brk = /^\/breakroleinheritance\(([^)]*)\)$/i.exec(rest);
  if (brk) {
    const args = callArguments(brk[1] ?? '');
    return {
      op: 'breakroleinheritance',
      copyRoleAssignments: booleanArgument(args, 'copyRoleAssignments'),
      clearSubscopes: booleanArgument(args, 'clearSubscopes'),
    };
  }
  const bind = /^\/roleassignments\/(addroleassignment|removeroleassignment)\(([^)]*)\)$/i.exec(rest);
  if (bind) {
    const args = callArguments(bind[2] ?? '');
    const op = bind[1]?.toLowerCase() === 'addroleassignment' ? 'addroleassignment' : 'removeroleassignment';
    return { op, principalId: integerArgument(args, 'principalid'), roleDefinitionId: integerArgument(args, 'roledefid') };
  }
  return undefined;
}

/** What `path` (below `/_api/`, decoded, no query) addresses; undefined when the sandbox does not emulate it. */
export function parseApiPath(path: string): ApiTarget | undefined {
  const p = path.replace(/\/+$/, '');
  if (/^web$/i.test(p)) return { kind: 'web' };
  if (/^web\/currentuser$/i.test(p)) return { kind: 'currentuser' };
  const group = /^web\/associated(owner|member|visitor)group$/i.exec(p);
  if (group) return { kind: 'associatedgroup', group: GROUPS[group[1]?.toLowerCase() ?? ''] ?? 'owners' };
  if (/^web\/roledefinitions$/i.test(p)) return { kind: 'roledefinitions' };
  if (/^web\/ensureuser$/i.test(p)) return { kind: 'ensureuser' };
  if (/^web\/roleassignments$/i.test(p)) return { kind: 'object', object: { kind: 'web' }, operation: { op: 'roleassignments' } };
  for (const [regex, make] of [
    [LIST, (v: string): ObjectRef => ({ kind: 'list', title: v })],
    [FOLDER, (v: string): ObjectRef => ({ kind: 'folder', path: v })],
  ] as const) {
    const m = regex.exec(p);
    if (!m) continue;
    const op = operation(p.slice(m[0].length));
    return op ? { kind: 'object', object: make(unquote(m[1] ?? '')), operation: op } : undefined;
  }
  return undefined;
}

/** A stable name per kind of call, for the request statistics. */
export function routeName(target: ApiTarget): string {
  switch (target.kind) {
    case 'web':
      return '/_api/web';
    case 'currentuser':
      return '/_api/web/currentuser';
    case 'associatedgroup':
      return `/_api/web/associated${target.group.slice(0, -1)}group`;
    case 'roledefinitions':
      return '/_api/web/roledefinitions';
    case 'ensureuser':
      return '/_api/web/ensureuser';
    case 'object': {
      const object =
        target.object.kind === 'web'
          ? '/_api/web'
          : target.object.kind === 'list'
            ? '/_api/web/lists/getbytitle()'
            : '/_api/web/GetFolderByServerRelativePath()/ListItemAllFields';
      const op = target.operation.op;
      if (op === 'self') return object;
      if (op === 'roleassignments') return `${object}/roleassignments`;
      if (op === 'breakroleinheritance') return `${object}/breakroleinheritance()`;
      return `${object}/roleassignments/${op}()`;
    }
  }
}
