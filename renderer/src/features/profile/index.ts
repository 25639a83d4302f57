/** The profile feature's public face: its page and the candidate's profile. */
export { ProfilePage } from './ProfilePage';
export { useProfile } from '../../queries/profile';
