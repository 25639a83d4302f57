import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { commandOfKey, type AppCommand } from '../../../shared/ipc/app-commands';
import { useBridge } from '../platform/context';
import type { CommandState } from '../ui/app-command';
import { PAGES } from '../ui/paths';

/** Where each command is carried out. `find` stays on the page when it has a search field. */
const COMMAND_PAGES: Record<AppCommand, string> = {
  newPracticeEntry: PAGES.practice,
  newEvidence: PAGES.assessment,
  backupNow: PAGES.data,
  exportPdf: PAGES.export,
  find: PAGES.framework,
};

/** The page's search field, marked with `data-find`. */
const FIND_TARGET = '[data-find]';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Carries out the app's commands: from the desktop menu, or in the browser from the same keys.
 * A command goes to its page as navigation state, so the page does it once it is ready (its
 * data loaded) and a reload never does it again.
 */
export function useAppCommands(): void {
  const bridge = useBridge();
  const navigate = useNavigate();
  useEffect(() => {
    const run = (command: AppCommand) => {
      if (command === 'find') {
        const field = document.querySelector<HTMLInputElement>(FIND_TARGET);
        if (field) {
          field.focus();
          field.select();
          return;
        }
      }
      void navigate(COMMAND_PAGES[command], { state: { command } satisfies CommandState });
    };
    bridge.onMenuCommand(run);
    // The desktop menu has the accelerators; a second listener would run each command twice.
    if (bridge.kind === 'electron') return;
    const onKey = (event: KeyboardEvent) => {
      const command = commandOfKey(event, isMac());
      if (!command || event.defaultPrevented) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, bridge]);
}
