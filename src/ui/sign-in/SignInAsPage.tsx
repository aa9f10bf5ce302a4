import {
  Badge,
  Body1,
  Caption1,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Persona,
  Spinner,
  Subtitle2,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../domain/types';

/** A seeded sandbox person as the picker shows them (mapped from the sandbox's user list at the entry). */
export interface SignInPerson {
  readonly upn: string;
  readonly name: string;
  readonly jobTitle: string;
  readonly organisation: string;
  readonly guest: boolean;
  readonly forums: readonly { readonly forum: string; readonly role: Role }[];
}

export type SignInState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly origin: string }
  | { readonly status: 'ready'; readonly people: readonly SignInPerson[] };

const useStyles = makeStyles({
  main: {
    maxWidth: '72rem',
    marginInline: 'auto',
    padding: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    boxSizing: 'border-box',
    width: '100%',
  },
  intro: { color: tokens.colorNeutralForeground2 },
  orgs: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 20rem), 1fr))',
    alignItems: 'start',
  },
  org: { padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalS },
  people: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  person: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    padding: tokens.spacingHorizontalS,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    background: 'none',
    textAlign: 'start',
    cursor: 'pointer',
    color: 'inherit',
    font: 'inherit',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  roles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingInlineStart: tokens.spacingHorizontalXXXL },
  role: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  badge: { flexShrink: 0 },
});

const ROLE_COLOR: Record<Role, 'brand' | 'important' | 'informative' | 'subtle'> = {
  secretariat: 'important',
  chair: 'brand',
  member: 'informative',
  observer: 'subtle',
};

function byOrganisation(people: readonly SignInPerson[]): [string, SignInPerson[]][] {
  const groups = new Map<string, SignInPerson[]>();
  for (const p of people) groups.set(p.organisation, [...(groups.get(p.organisation) ?? []), p]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'da'));
}

/** "Log ind som": every seeded person, grouped by organisation, with their forum roles. */
/** `fallbackFrom`: the host (Teams, Outlook) the app expected but is not running in. */
export function SignInAsPage({
  state,
  onPick,
  fallbackFrom,
}: {
  state: SignInState;
  onPick: (upn: string) => void;
  fallbackFrom?: string;
}) {
  const styles = useStyles();
  const { t } = useTranslation('signIn');
  return (
    <main className={styles.main}>
      <Title2 as="h1">{t('title')}</Title2>
      <Body1 className={styles.intro}>{t('intro')}</Body1>
      {fallbackFrom ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('fallback', { host: fallbackFrom })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div role="status" aria-live="polite">
        {state.status === 'loading' ? <Spinner size="small" label={t('loading')} /> : null}
      </div>
      {state.status === 'error' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('error', { origin: state.origin })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'ready' ? (
        <div className={styles.orgs}>
          {byOrganisation(state.people).map(([organisation, people]) => (
            <Card key={organisation} className={styles.org} role="region" aria-label={organisation}>
              <Subtitle2 as="h2">{organisation}</Subtitle2>
              <ul className={styles.people}>
                {people.map((p) => (
                  <li key={p.upn}>
                    <button
                      type="button"
                      className={styles.person}
                      onClick={() => onPick(p.upn)}
                      aria-label={t('signIn', { name: p.name })}
                    >
                      <Persona
                        name={p.name}
                        secondaryText={p.guest ? `${p.jobTitle} · ${t('guest')}` : p.jobTitle}
                        avatar={{ color: 'colorful' }}
                      />
                      <span className={styles.roles}>
                        {p.forums.length === 0 ? <Caption1 className={styles.role}>{t('noForum')}</Caption1> : null}
                        {p.forums.map((f) => (
                          <span key={`${f.forum}-${f.role}`} className={styles.role}>
                            <Badge className={styles.badge} appearance="tint" shape="rounded" size="small" color={ROLE_COLOR[f.role]}>
                              {t(`role.${f.role}`)}
                            </Badge>
                            <Caption1>{f.forum}</Caption1>
                          </span>
                        ))}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </div>
      ) : null}
    </main>
  );
}
