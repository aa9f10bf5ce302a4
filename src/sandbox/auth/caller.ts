import type { AppRegistration, DirectoryUser } from '../directory/state';

/**
 * Who is calling the emulated Graph: a signed-in person (a delegated token) or an application on its own (an
 * app-only token from the client-credentials grant). Routes say whether they serve applications (http/types.ts);
 * those that do decide per kind — a person by membership and SharePoint permissions, an application by its
 * consented roles, the Exchange application access policy and its `Sites.Selected` grants (auth/app-access.ts).
 */
export type Caller = { readonly kind: 'user'; readonly user: DirectoryUser } | { readonly kind: 'app'; readonly app: AppRegistration };

/** How SharePoint and Exchange stamp the caller on what it writes: a person, or an application (Graph's identitySet). */
export interface CallerIdentity {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  /** Set for an application: the id is its client id and the identitySet names it under `application`. */
  readonly application?: true;
}

export function callerIdentity(caller: Caller): CallerIdentity {
  return caller.kind === 'user'
    ? { id: caller.user.id, displayName: caller.user.displayName, email: caller.user.mail }
    : { id: caller.app.appId, displayName: caller.app.displayName, email: '', application: true };
}
