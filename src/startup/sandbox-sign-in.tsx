import { createRoot } from 'react-dom/client';
import { listSandboxUsers, SandboxTokenProvider, type SandboxUser } from '../auth/sandbox-token-provider';
import type { AppConfig } from '../config/app-config';
import { ROLES } from '../domain/vocabulary/forum';
import { createBrowserHost } from '../host/browser-host';
import { browserLocale } from '../host/locale';
import { createNotificationBus } from '../host/notifications';
import type { SignInPerson, SignInState } from '../ui/sign-in/SignInAsPage';
import { SignInApp } from '../ui/sign-in/SignInApp';
import { mountPoint } from './mount-point';
import { sandboxSession } from './sandbox-session';
import { startApp } from './start-app';

function toPerson(u: SandboxUser): SignInPerson {
  return {
    upn: u.userPrincipalName,
    name: u.displayName,
    jobTitle: u.jobTitle ?? '',
    organisation: u.companyName ?? '—',
    guest: u.userType === 'Guest',
    forums: (u.forums ?? []).map((f) => ({ forum: f.forum, role: ROLES.find((r) => r === f.role) ?? 'member' })),
  };
}

/**
 * The sandbox session: signed in as a seeded person (kept in sessionStorage by UPN) or the "Log ind som"
 * page. `fallbackFrom` names the host (Teams, Outlook) an entry expected but did not find.
 */
export function runSandboxSession(config: AppConfig, fallbackFrom?: string): void {
  const root = createRoot(mountPoint());
  const origin = new URL(config.graphBaseUrl).origin;
  const locale = browserLocale();
  const users = listSandboxUsers(origin);
  users.catch(() => undefined);

  const signIn = () => {
    const render = (state: SignInState) =>
      root.render(<SignInApp locale={locale} state={state} onPick={pick} fallbackFrom={fallbackFrom} />);
    render({ status: 'loading' });
    users.then(
      (list) => render({ status: 'ready', people: list.map(toPerson) }),
      () => render({ status: 'error', origin }),
    );
  };

  const start = (user: SandboxUser) => {
    const notifications = createNotificationBus();
    const host = createBrowserHost(
      { id: user.id, name: user.displayName, email: (user.mail ?? user.userPrincipalName).toLowerCase() },
      { notifications },
    );
    void startApp(
      {
        host,
        tokens: new SandboxTokenProvider(origin, user.userPrincipalName),
        config,
        notifications,
        signOut: () => {
          sandboxSession.clear();
          window.location.hash = '';
          signIn();
        },
      },
      { root },
    );
  };

  function pick(upn: string) {
    sandboxSession.set(upn);
    void users.then((list) => {
      const user = list.find((u) => u.userPrincipalName === upn);
      if (user) start(user);
    });
  }

  const remembered = sandboxSession.get();
  if (!remembered) return signIn();
  users.then(
    (list) => {
      const user = list.find((u) => u.userPrincipalName === remembered);
      if (user) start(user);
      else {
        sandboxSession.clear();
        signIn();
      }
    },
    () => signIn(),
  );
}
