import { useEffect, useRef } from 'react';
import { useLocation, useNavigate, type Location } from 'react-router';
import type { AppCommand } from '../../../shared/ipc/app-commands';

/**
 * The page's side of the app's commands (New entry, Back up now, Export PDF, Find …): the
 * dispatcher in app/ navigates to the command's page with the command as navigation state, and
 * the page carries it out here, once it is ready.
 */

/** The navigation state that carries a command to its page. */
export interface CommandState {
  command: AppCommand;
}

/** The command the current navigation carries, if any. */
const commandIn = (location: Location): AppCommand | null => {
  const state: unknown = location.state;
  return typeof state === 'object' && state !== null && 'command' in state
    ? (state as CommandState).command
    : null;
};

/** Runs `handle` when `command` arrives at the calling page, then clears it from history. */
export function useAppCommand(command: AppCommand, handle: () => void): void {
  const location = useLocation();
  const navigate = useNavigate();
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  const pending = commandIn(location) === command;
  useEffect(() => {
    if (!pending) return;
    void navigate(
      { pathname: location.pathname, search: location.search },
      {
        replace: true,
        state: null,
      },
    );
    latest.current();
  }, [pending, location.key, location.pathname, location.search, navigate]);
}

/** The same as a component, for pages whose target (a form, a field) appears once data loaded. */
export function WhenCommand({ command, run }: { command: AppCommand; run(): void }): null {
  useAppCommand(command, run);
  return null;
}
