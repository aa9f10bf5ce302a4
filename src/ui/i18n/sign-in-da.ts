/** The sandbox's sign-in page (namespace `signIn`), Danish: only the sandbox shows it, so it stays out of everyone's first load. */
export const signInDa = {
  title: 'Log ind som',
  intro: 'Sandkassen kører uden en rigtig Microsoft 365-tenant. Vælg en person for at se appen, som den person ser den.',
  forumRoles: 'Roller',
  noForum: 'Ikke medlem af et forum',
  guest: 'Gæst fra anden organisation',
  signIn: 'Log ind som {{name}}',
  loading: 'Henter personer fra sandkassen …',
  error: 'Sandkassen svarer ikke på {{origin}}. Start den med "npm start", og genindlæs siden.',
  fallback: 'Appen kører uden for {{host}}, så du logger ind i sandkassen i stedet.',
};
