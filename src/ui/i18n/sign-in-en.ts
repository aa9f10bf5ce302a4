import type { signInDa } from './sign-in-da';

/** The sandbox's sign-in page (namespace `signIn`), English. */
export const signInEn: typeof signInDa = {
  title: 'Sign in as',
  intro: 'The sandbox runs without a real Microsoft 365 tenant. Pick a person to see the app as they see it.',
  forumRoles: 'Roles',
  noForum: 'Not a member of a forum',
  guest: 'Guest from another organisation',
  signIn: 'Sign in as {{name}}',
  loading: 'Fetching people from the sandbox …',
  error: 'The sandbox does not answer at {{origin}}. Start it with "npm start" and reload the page.',
  fallback: 'The app runs outside {{host}}, so you sign in to the sandbox instead.',
};
