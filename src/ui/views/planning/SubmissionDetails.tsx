import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronDown20Regular } from '@fluentui/react-icons/svg/chevron-down';
import { ChevronRight20Regular } from '@fluentui/react-icons/svg/chevron-right';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanningSubmission } from '../../../store/planning/planning-types';
import { useLocale } from '../../components/use-locale';
import { formatLongDate } from '../../format/dates';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  text: { whiteSpace: 'pre-wrap' },
});

const kib = (bytes: number): string => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** The case behind an item, folded away by default: recommendations, description, attachments, follow-ups. Text only (never HTML). */
export function SubmissionDetails({ submission }: { readonly submission: PlanningSubmission }) {
  const { t } = useTranslation('planning');
  const styles = useStyles();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const attachments = submission.attachments ?? [];
  const followUps = submission.followUps ?? [];
  const empty =
    submission.recommendations.length === 0 &&
    submission.description.trim() === '' &&
    attachments.length === 0 &&
    followUps.length === 0 &&
    !submission.meetingHint;
  return (
    <div>
      <Button
        appearance="transparent"
        size="small"
        icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('detailsFor', { title: submission.title })}
        onClick={() => setOpen(!open)}
      >
        {t('details')}
      </Button>
      {open ? (
        <div id={panelId} className={styles.panel} role="region" aria-label={t('detailsFor', { title: submission.title })}>
          {empty ? <Caption1>{t('noDetails')}</Caption1> : null}
          {submission.recommendations.length > 0 ? (
            <div>
              <h4 className={styles.heading}>{t('recommendations')}</h4>
              <ul className={styles.list}>
                {submission.recommendations.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {submission.description.trim() !== '' ? (
            <div>
              <h4 className={styles.heading}>{t('description')}</h4>
              <Text className={styles.text}>{submission.description}</Text>
            </div>
          ) : null}
          {submission.meetingHint ? <Caption1>{`${t('meetingHint')}: ${submission.meetingHint}`}</Caption1> : null}
          {submission.durationMinutes ? <Caption1>{t('duration', { minutes: submission.durationMinutes })}</Caption1> : null}
          {submission.decisionReason ? <Caption1>{t('decisionReason', { reason: submission.decisionReason })}</Caption1> : null}
          {attachments.length > 0 ? (
            <div>
              <h4 className={styles.heading}>{t('attachments')}</h4>
              <ul className={styles.list}>
                {attachments.map((a, i) => (
                  <li key={i}>
                    {a.url && /^https:\/\//i.test(a.url) ? (
                      <a href={a.url} target="_blank" rel="noreferrer noopener">
                        {a.name}
                      </a>
                    ) : (
                      a.name
                    )}{' '}
                    <Caption1>({kib(a.size)})</Caption1>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {followUps.length > 0 ? (
            <div>
              <h4 className={styles.heading}>{t('followUps')}</h4>
              <ul className={styles.list}>
                {followUps.map((f) => (
                  <li key={f.internetMessageId}>
                    <Caption1>{`${f.senderAddress} · ${f.receivedAt ? formatLongDate(f.receivedAt, locale) : ''}`}</Caption1>
                    <Text block className={styles.text}>
                      {f.text}
                    </Text>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
