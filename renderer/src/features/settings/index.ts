/** The settings feature's public face: its page and the reminders started with the app. */
export { SettingsPage } from './SettingsPage';
export { startReminders } from './reminders';
