export const placeholderWarning =
  'Advarsel: SEKRETARIAT_CLIENT_ID er ikke sat, så webApplicationInfo bruger et pladsholder-id. ' +
  'Sæt app-registreringens klient-id, før pakken uploades til en tenant. ' +
  '/ Warning: SEKRETARIAT_CLIENT_ID is not set; webApplicationInfo uses a placeholder id.';
