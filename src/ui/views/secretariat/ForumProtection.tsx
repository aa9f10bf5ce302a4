import { Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { integrityProblem } from '../../../domain/forum-trust';
import type { ForumHome } from '../../../store/home-data';
import type { SiteProtection } from '../../../store/site-permissions/site-protection';
import { useAsync } from '../../components/use-async';
import { useServices } from '../../services';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  summary: { cursor: 'pointer' },
});

/** How many deviations are named before "… and N more". */
const SHOWN = 6;

/**
 * What stands between the forum's decisions and a member who wants to forge them, as the secretariat should know it
 * (docs/SECURITY.md): Members rows or settings someone else wrote (the app ignores them and sends nothing until the
 * secretariat has looked), owners that could not be read, and a site without the permissions `sekretariat provision`
 * sets (read through SharePoint's REST API; nothing is said while that check cannot be made). Nothing when all is well.
 */
export function ForumProtection({ home }: { home: ForumHome }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('protection');
  const { stores } = useServices();
  const load = useCallback((): Promise<SiteProtection | undefined> => stores.siteProtection(home.forum), [stores, home.forum]);
  const [site] = useAsync(load);
  const english = i18n.language === 'en';

  const problem = integrityProblem(home.forum);
  const unprotected = site.status === 'ready' && site.value?.status === 'unprotected' ? site.value.deviations : undefined;
  if (!problem && !home.forum.settingsUnverified && !unprotected) return null;

  return (
    <section className={styles.root} aria-label={t('group')}>
      {problem?.kind === 'owners-unknown' ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('ownersUnknown')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {problem?.kind === 'members-changed' ? (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('membersChanged', {
              count: problem.rows.length,
              rows: problem.rows
                .map((r) =>
                  r.unverified?.by && r.unverified.by !== r.name
                    ? t('rowBy', { name: r.name || r.email, by: r.unverified.by })
                    : r.name || r.email,
                )
                .join(', '),
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {home.forum.settingsUnverified ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('settingsChanged', { by: home.forum.settingsUnverified.by || '?' })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {unprotected ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t('unprotected', { count: unprotected.length, site: home.forum.siteId })}
            <details>
              <summary className={styles.summary}>{t('details')}</summary>
              <ul className={styles.list}>
                {unprotected.slice(0, SHOWN).map((d, i) => (
                  <li key={i}>
                    <Caption1>{`${d.subject}: ${english ? d.words.en : d.words.da}`}</Caption1>
                  </li>
                ))}
                {unprotected.length > SHOWN ? (
                  <li>
                    <Caption1>{t('more', { count: unprotected.length - SHOWN })}</Caption1>
                  </li>
                ) : null}
              </ul>
            </details>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
