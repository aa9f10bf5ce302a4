import { createContext, useContext } from 'react';
import type { ForumRef, Role, SignedInUser } from '../domain/types';
import type { ForumHome, HomeData } from '../store/home-data';
import { useServices } from './services';

/**
 * The signed-in person as Graph's `/me` names them (the home loads it) and their role in each forum (`roleOf`: the
 * group's owners are the secretariat). Role gates use these, never the host's idea of the user: in Teams that is the
 * userPrincipalName, and a guest's UPN ("lene_fjordby.example#EXT#@regionfjord.example") never matches the address
 * the secretariat listed them under.
 */
const SignedInContext = createContext<HomeData | undefined>(undefined);

export const SignedInProvider = SignedInContext.Provider;

/** The person from `/me` once the home has loaded; until then (and in views rendered without a home) the host's. */
export function useMe(): SignedInUser {
  const home = useContext(SignedInContext);
  const { host } = useServices();
  return home?.me ?? host.user;
}

/** The signed-in person's role in a forum, as the home worked it out; undefined before it loaded or when they have none. */
export function useForumRole(ref: Pick<ForumRef, 'groupId'>): Role | undefined {
  return useContext(SignedInContext)?.forums.find((f) => f.forum.groupId === ref.groupId)?.role;
}

/** The forum's home as the shell last loaded it (its minutes awaiting approval, the chairs' answers); undefined before. */
export function useLoadedForumHome(ref: Pick<ForumRef, 'groupId'>): ForumHome | undefined {
  return useContext(SignedInContext)?.forums.find((f) => f.forum.groupId === ref.groupId);
}

/** Every forum of the loaded home (the forum picker's list); empty before it loaded. */
export function useLoadedForums(): readonly ForumHome[] {
  return useContext(SignedInContext)?.forums ?? [];
}
