/**
 * Which seeded person the sandbox session is signed in as: only the userPrincipalName, in sessionStorage
 * (never a token, never localStorage), so a reload keeps you signed in and closing the tab forgets it.
 */
const KEY = 'sekretariat.sandbox.user';

export const sandboxSession = {
  get(): string | undefined {
    try {
      return sessionStorage.getItem(KEY) ?? undefined;
    } catch {
      return undefined;
    }
  },
  set(upn: string): void {
    try {
      sessionStorage.setItem(KEY, upn);
    } catch {
      // Storage disabled: the choice lasts until reload.
    }
  },
  clear(): void {
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // nothing stored
    }
  },
};
