/**
 * Where a co-chair approves a minutes version. Inside the app the approval view is the hash route
 * `#/approve/<groupId>/<versionId>`; Teams reaches it through a deep link to the personal tab whose `subEntityId`
 * is that route (the tab reads it from `app.getContext().page.subPageId`), and mail links to the web app with it.
 */

const ROUTE = 'approve';

export interface ApprovalTarget {
  readonly groupId: string;
  readonly versionId: string;
}

/** "approve/<groupId>/<versionId>" — the hash route and the Teams sub-entity id. */
export function approvalRoute(target: ApprovalTarget): string {
  return `${ROUTE}/${encodeURIComponent(target.groupId)}/${encodeURIComponent(target.versionId)}`;
}

/** The route's target, from a hash ("#/approve/g/v"), a sub-entity id ("approve/g/v") or anything else (undefined). */
export function parseApprovalRoute(value: string | undefined | null): ApprovalTarget | undefined {
  const parts = (value ?? '').replace(/^#?\/?/, '').split('/');
  if (parts.length !== 3 || parts[0] !== ROUTE || !parts[1] || !parts[2]) return undefined;
  try {
    return { groupId: decodeURIComponent(parts[1]), versionId: decodeURIComponent(parts[2]) };
  } catch {
    return undefined;
  }
}

export interface ApprovalLinks {
  /** Opens the personal tab in Teams at the approval view (for the activity feed). */
  readonly teams: string;
  /** Opens the web app at the approval view (for mail: chairs outside Teams). */
  readonly web: string;
}

export function approvalLinks(
  app: { readonly appId: string; readonly appBaseUrl: string; readonly tabEntityId: string },
  target: ApprovalTarget,
): ApprovalLinks {
  const route = approvalRoute(target);
  const context = encodeURIComponent(JSON.stringify({ subEntityId: route }));
  return {
    teams: `https://teams.microsoft.com/l/entity/${encodeURIComponent(app.appId)}/${encodeURIComponent(app.tabEntityId)}?context=${context}`,
    web: `${app.appBaseUrl.replace(/\/+$/, '')}/#/${route}`,
  };
}
