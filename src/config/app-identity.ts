/** The Teams app's id (the unified manifest's `id`): deep links into the app's tabs name it. */
export const APP_ID = '5b7e2c1a-9d4f-4e3b-8a61-2c5d7f9e0b14';

/** The personal tab's entity id (manifest `staticTabs[0].entityId`). */
export const HOME_TAB_ENTITY_ID = 'home';
