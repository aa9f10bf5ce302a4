import { Body1, Button, Link, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons/svg/arrow-download';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateText } from '../../../domain/date-format';
import type { Forum, Meeting } from '../../../domain/types';
import { CaseFileRefusedError, type CaseFileResult } from '../../../store/case-file/case-file-api';
import { DialogStatus } from '../../components/DialogStatus';
import { useAction } from '../../components/use-action';
import { useLocale } from '../../components/use-locale';
import { useServices } from '../../services';
import { saveFile } from '../../components/save-file';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  button: { alignSelf: 'flex-start' },
});

export interface CaseFileSectionProps {
  readonly forum: Forum;
  readonly meeting: Pick<Meeting, 'id'>;
}

/**
 * "Arkivpakke til sagssystemet" under circulated minutes (the secretariat's): one button makes the package the first
 * time and saves it in the meeting's folder, and every time downloads the one package there; then what it holds, a
 * link to it in the folder, and a warning when the file no longer matches its own manifest.
 */
export function CaseFileSection({ forum, meeting }: CaseFileSectionProps) {
  const styles = useStyles();
  const { t } = useTranslation('caseFile');
  const locale = useLocale();
  const { stores } = useServices();
  const headingId = useId();
  const [result, setResult] = useState<CaseFileResult>();
  const make = useAction(() => stores.minutesVersions.archivePackage(forum, meeting), {
    success: (r) => t(r.outcome === 'created' ? 'created' : 'found', { count: r.documents.length }),
    failure: (error) =>
      error instanceof CaseFileRefusedError ? t(`refused.${error.reason}`, { files: error.missing.join(', ') }) : undefined,
    onSuccess: (r) => {
      setResult(r);
      saveFile(r.bytes, r.fileName, 'application/zip');
    },
  });

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h4" id={headingId}>
        {t('title')}
      </Subtitle2>
      <Body1 className={styles.muted}>{t('intro')}</Body1>
      <Button
        className={styles.button}
        icon={<ArrowDownload20Regular />}
        onClick={() => void make.run()}
        disabled={make.busy}
        aria-busy={make.busy}
      >
        {t('download')}
      </Button>
      {result && !result.intact ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('changed')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {result ? (
        <>
          {result.webUrl ? (
            <Link href={result.webUrl} target="_blank" rel="noreferrer">
              {t('openInFolder')}
            </Link>
          ) : null}
          <ul className={styles.list} aria-label={t('documents')}>
            {result.documents.map((d) => (
              <li key={d.file}>
                {t('documentLine', {
                  kind: d.kind,
                  date: /^\d{4}-\d{2}-\d{2}$/.test(d.date) ? dateText(d.date, locale) : d.date,
                  description: d.description,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <DialogStatus
        landmark={false}
        {...(make.busy ? { busy: t('busy') } : {})}
        {...(make.error ? { error: make.error } : {})}
        {...(make.status ? { message: { text: make.status, intent: 'success' as const } } : {})}
      />
    </section>
  );
}
