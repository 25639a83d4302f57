/** The app's id: electron-builder.yml's `appId` (a packaging test keeps the two equal). */
export const APP_ID = 'id.kompeten.app';
