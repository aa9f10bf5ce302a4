/** @jest-environment jsdom */
import '../jsdom-polyfills';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { SignInApp } from '../../../../src/ui/sign-in/SignInApp';

const people = [
  {
    upn: 'katrine.holm@regionfjord.example',
    name: 'Katrine Holm',
    jobTitle: 'Specialkonsulent',
    organisation: 'Fjordhospitalet',
    guest: false,
    forums: [{ forum: 'KSG', role: 'secretariat' as const }],
  },
  {
    upn: 'lars.harbo@skovlund.example',
    name: 'Lars Harbo',
    jobTitle: 'Direktør',
    organisation: 'Skovlund Kommune',
    guest: true,
    forums: [{ forum: 'KSG', role: 'member' as const }],
  },
  {
    upn: 'mads.kvist@fjordby.example',
    name: 'Mads Kvist',
    jobTitle: 'Sundhedschef',
    organisation: 'Fjordby Kommune',
    guest: true,
    forums: [],
  },
];

describe('Log ind som', () => {
  it('groups the seeded people by organisation with their roles, and signs in the one picked', async () => {
    const onPick = jest.fn();
    render(<SignInApp locale="da" state={{ status: 'ready', people }} onPick={onPick} fallbackFrom="Outlook" />);
    // The page's strings (namespace signIn) arrive from their own chunk: a skeleton shows until then.
    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind som' })).toBeTruthy();
    expect(screen.getByText('Appen kører uden for Outlook, så du logger ind i sandkassen i stedet.')).toBeTruthy();
    const skovlund = screen.getByRole('region', { name: 'Skovlund Kommune' });
    expect(within(skovlund).getByText('Medlem')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Fjordby Kommune' })).getByText('Ikke medlem af et forum')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Log ind som Katrine Holm' }));
    expect(onPick).toHaveBeenCalledWith('katrine.holm@regionfjord.example');
  });

  it('says how to start the sandbox when it does not answer', async () => {
    render(<SignInApp locale="en" state={{ status: 'error', origin: 'http://localhost:3001' }} onPick={jest.fn()} />);
    expect(
      await screen.findByText('The sandbox does not answer at http://localhost:3001. Start it with "npm start" and reload the page.'),
    ).toBeTruthy();
  });
});
