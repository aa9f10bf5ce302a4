import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { PeopleCommunity24Filled } from '@fluentui/react-icons/svg/people-community';
import { useTranslation } from 'react-i18next';
import { CommandButton } from '../commands/CommandButton';
import { refreshHome, signOut } from '../commands/home-commands';
import { useLateFluent } from '../components/use-late-fluent';
import { useServices } from '../services';
import { LanguageSwitch } from './LanguageSwitch';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
    flexWrap: 'wrap',
  },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorBrandForeground1 },
  name: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, color: tokens.colorNeutralForeground1 },
  spacer: { flexGrow: 1 },
  tools: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // The avatar's place while its code loads (after the first view's data): same size, no jump when it arrives.
  avatarPlace: {
    display: 'inline-block',
    width: '28px',
    height: '28px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

/** The banner: app name, refresh, language, the signed-in person, switch user. */
export function AppHeader() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { host } = useServices();
  const late = useLateFluent();
  const signedInAs = t('app.signedInAs', { name: host.user.name });
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <PeopleCommunity24Filled aria-hidden />
        <Text className={styles.name}>{t('app.name')}</Text>
      </div>
      <div className={styles.spacer} />
      <div className={styles.tools}>
        <CommandButton command={refreshHome} arg={undefined} iconOnly />
        <LanguageSwitch />
        {late ? (
          <late.Avatar name={host.user.name} size={28} color="colorful" aria-label={signedInAs} />
        ) : (
          <span role="img" aria-label={signedInAs} className={styles.avatarPlace} />
        )}
        <CommandButton command={signOut} arg={undefined} iconOnly />
      </div>
      {late ? <late.FocusRestorer /> : null}
    </header>
  );
}
