import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESETS } from '../../../../domain/commissorium';
import { copenhagenIsoWithOffset, utcToCopenhagenLocal } from '../../../../domain/copenhagen-time';
import { newMeetingTitle } from '../../../../domain/meeting-names';
import type { DraftMeeting } from '../../../../domain/plan-draft';
import type { SignedInUser } from '../../../../domain/types';
import type { ForumHome } from '../../../../store/home-data';
import type { TimeSuggestion } from '../../../../store/meeting-year-store';
import { useCommandContext } from '../../../commands/command-context';
import { DialogStatus } from '../../../components/DialogStatus';
import { useAction } from '../../../components/use-action';
import { useLocale } from '../../../components/use-locale';
import { formatMeetingWhen } from '../../../format/dates';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  people: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))' },
});

const DURATIONS = [60, 90, 120, 180];
const DAY = 24 * 3600 * 1000;

/**
 * An extraordinary meeting: purpose, length, who must attend; findMeetingTimes proposes slots in the coming weeks.
 * From a written consultation: the purpose is the matter's title and `onBooked` puts the matter on the new meeting.
 */
export function ExtraordinaryDialog({
  home,
  me,
  now,
  onClose,
  initialPurpose,
  onBooked,
}: {
  home: ForumHome;
  me: SignedInUser;
  now: Date;
  onClose: () => void;
  initialPurpose?: string;
  onBooked?: (meetingId: string) => Promise<void>;
}) {
  const styles = useStyles();
  const { t } = useTranslation('year');
  const locale = useLocale();
  const ctx = useCommandContext();
  const store = ctx.services.stores.forum(home.forum).year;
  const people = home.forum.members.filter((m) => m.email !== '' && m.role !== 'observer');
  const [purpose, setPurpose] = useState(initialPurpose ?? '');
  const [minutes, setMinutes] = useState(120);
  const [must, setMust] = useState<Set<string>>(
    () => new Set(people.filter((m) => m.role === 'chair' || m.role === 'secretariat').map((m) => m.email)),
  );
  const [suggestions, setSuggestions] = useState<TimeSuggestion[]>();
  const [chosen, setChosen] = useState<string>();
  const [tried, setTried] = useState(false);

  const find = async () => {
    const from = new Date(now.getTime() + DAY).toISOString();
    const to = new Date(now.getTime() + 29 * DAY).toISOString();
    const found = await store.suggestTimes([...must], minutes, from, to);
    setSuggestions(found);
    setChosen(found[0]?.start);
  };

  const book = async (slot: TimeSuggestion) => {
    const local = utcToCopenhagenLocal(new Date(slot.start));
    const draft: DraftMeeting = {
      meetingRef: `${local.slice(0, 4)}-E-${local.slice(5, 16).replace(/[-:T]/g, '')}`,
      kind: 'extraordinary',
      form: 'hybrid',
      // Danish whatever the interface's language: the title goes to every member (src/domain/meeting-names.ts).
      title: newMeetingTitle(home.meetings, 'extraordinary', slot.start),
      start: copenhagenIsoWithOffset(local.slice(0, 16)),
      end: copenhagenIsoWithOffset(utcToCopenhagenLocal(new Date(slot.end)).slice(0, 16)),
      ...(home.forum.settings?.rooms?.[0] ? { location: home.forum.settings.rooms[0] } : {}),
    };
    const result = await store.book({
      forum: home.forum,
      commissorium: home.forum.settings ?? PRESETS['horsens-2024'],
      organiser: me,
      meetings: [draft],
      purpose: purpose.trim(),
      mustAttend: [...must],
    });
    if (!result.ok) throw new Error(result.meetings.find((m) => m.error)?.error ?? 'booking failed');
    const itemId = result.meetings[0]?.itemId;
    if (onBooked && itemId) await onBooked(itemId);
    ctx.services.host.notify(t('extraordinaryDialog.booked'), 'success');
    ctx.reload();
    onClose();
  };

  // Finding times and booking one share the dialog's status line: one write at a time, its error in the same place.
  const step = useAction((which: 'finding' | 'booking', slot?: TimeSuggestion) =>
    which === 'finding' ? find() : slot ? book(slot) : Promise.resolve(),
  );
  const { busy, error } = step;
  const busyStep = step.pending[0]?.[0];
  const startFind = () => {
    setTried(true);
    if (purpose.trim() !== '') void step.run('finding');
  };
  const startBook = () => {
    const slot = suggestions?.find((s) => s.start === chosen);
    if (slot) void step.run('booking', slot);
  };

  const toggle = (email: string, on: boolean) =>
    setMust((current) => {
      const next = new Set(current);
      if (on) next.add(email);
      else next.delete(email);
      return next;
    });

  return (
    <Dialog open onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('extraordinaryDialog.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field
              label={t('extraordinaryDialog.purpose')}
              required
              hint={t('extraordinaryDialog.purposeHint')}
              validationMessage={tried && purpose.trim() === '' ? t('extraordinaryDialog.required') : undefined}
            >
              <Input value={purpose} onChange={(_e, d) => setPurpose(d.value)} maxLength={200} />
            </Field>
            <Field label={t('extraordinaryDialog.duration')}>
              <Dropdown
                value={t('extraordinaryDialog.minutes', { count: minutes })}
                selectedOptions={[String(minutes)]}
                onOptionSelect={(_e, d) => setMinutes(Number(d.optionValue ?? 120))}
              >
                {DURATIONS.map((d) => (
                  <Option key={d} value={String(d)}>
                    {t('extraordinaryDialog.minutes', { count: d })}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <fieldset>
              <legend>{t('extraordinaryDialog.mustAttend')}</legend>
              <p>{t('extraordinaryDialog.mustAttendHint')}</p>
              <div className={styles.people}>
                {people.map((m) => (
                  <Checkbox
                    key={m.email}
                    label={`${m.name} (${m.organisation || t(`role.${m.role}`)})`}
                    checked={must.has(m.email)}
                    onChange={(_e, d) => toggle(m.email, d.checked === true)}
                  />
                ))}
              </div>
            </fieldset>
            <DialogStatus
              {...(busyStep ? { busy: busyStep === 'finding' ? t('extraordinaryDialog.finding') : t('planDialog.booking') } : {})}
              {...(error ? { error } : {})}
            >
              {suggestions && suggestions.length === 0 ? (
                <MessageBar intent="warning">
                  <MessageBarBody>{t('extraordinaryDialog.noSuggestions')}</MessageBarBody>
                </MessageBar>
              ) : null}
            </DialogStatus>
            {suggestions && suggestions.length > 0 ? (
              <Field label={t('extraordinaryDialog.suggestions')}>
                <RadioGroup value={chosen ?? ''} onChange={(_e, d) => setChosen(d.value)}>
                  {suggestions.map((s) => (
                    <Radio
                      key={s.start}
                      value={s.start}
                      label={t('extraordinaryDialog.suggestion', {
                        when: formatMeetingWhen(s.start, s.end, locale),
                        free: s.availability.filter((a) => a.status === 'free').length,
                        total: s.availability.length,
                      })}
                    />
                  ))}
                </RadioGroup>
              </Field>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance={suggestions?.length ? 'secondary' : 'primary'} disabled={busy} onClick={startFind}>
              {t('extraordinaryDialog.find')}
            </Button>
            {suggestions?.length ? (
              <Button appearance="primary" disabled={busy || !chosen} onClick={startBook}>
                {t('extraordinaryDialog.book')}
              </Button>
            ) : null}
            <Button onClick={onClose}>{t('command.close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
