/** @jest-environment jsdom */
import '../jsdom-polyfills';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { loadConfig } from '../../../../src/config/app-config';
import { createFakeHost } from '../../../../src/host/fake-host';
import { ConflictError } from '../../../../src/store/failures';
import { AppProviders } from '../../../../src/ui/AppProviders';
import type { Command, CommandContext } from '../../../../src/ui/commands/command';
import { CommandButton } from '../../../../src/ui/commands/CommandButton';
import { CommandContextReact } from '../../../../src/ui/commands/command-context';
import { createTestI18n } from '../../support/test-i18n';
import { fakeStores } from '../../support/fake-stores';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function renderCommand(command: Command<string>) {
  const host = createFakeHost();
  const i18n = createTestI18n('da');
  const services = { host, stores: fakeStores({}), config: loadConfig({}), clock: () => new Date('2026-12-06T10:00:00Z') };
  const ctx: CommandContext = {
    services,
    t: i18n.t,
    locale: 'da',
    reload: jest.fn(),
    setLocale: jest.fn(),
    showMeeting: jest.fn(),
  };
  render(
    <AppProviders services={services} i18n={i18n}>
      <CommandContextReact.Provider value={ctx}>
        <CommandButton command={command} arg="forum-1" />
      </CommandContextReact.Provider>
    </AppProviders>,
  );
  return { host, ctx };
}

describe('CommandButton runs its command as every write runs (useAction)', () => {
  it('is busy while the command is on its way: a second click does nothing, the button keeps its focus', async () => {
    const step = deferred();
    const run = jest.fn(() => step.promise);
    renderCommand({ id: 'test.slow', label: () => 'Hent nye punkter', run });
    const button = screen.getByRole('button', { name: 'Hent nye punkter' });
    button.focus();
    fireEvent.click(button);
    fireEvent.click(button);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith(expect.anything(), 'forum-1');
    await waitFor(() => expect(button.getAttribute('aria-busy')).toBe('true'));
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    await act(async () => {
      step.resolve();
      await step.promise;
    });
    await waitFor(() => expect(button.hasAttribute('aria-busy')).toBe(false));
    await act(async () => {
      fireEvent.click(button);
      await Promise.resolve();
    });
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('tells a failure the command did not handle with the app’s sentence for it, and can run again', async () => {
    const run = jest.fn(() => Promise.reject(new ConflictError('Meetings', '7')));
    const { host, ctx } = renderCommand({ id: 'test.fails', label: () => 'Send indkaldelse', run });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send indkaldelse' }));
      await Promise.resolve();
    });
    await waitFor(() => expect(host.record.notices).toEqual([{ message: ctx.t('error.conflict'), intent: 'error' }]));
    expect(ctx.t('error.conflict')).not.toBe('error.conflict');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send indkaldelse' }).hasAttribute('aria-busy')).toBe(false));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send indkaldelse' }));
      await Promise.resolve();
    });
    expect(run).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(host.record.notices).toHaveLength(2));
  });

  it('is not there when the command cannot run here', () => {
    renderCommand({ id: 'test.hidden', label: () => 'Skjult', canRun: () => false, run: jest.fn() });
    expect(screen.queryByRole('button')).toBeNull();
  });
});
