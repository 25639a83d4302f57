import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { db } from './db';
import { DbProvider } from './db/context';
import { backupBeforeUpgrade, startAutoBackups } from './features/data';
import { startReminders } from './features/settings';
import { bridge } from './platform';
import { BridgeProvider } from './platform/context';
import './ui/styles.css';

// Ask once that the browser never evicts the database; Data & Cadangan shows whether it was granted.
void navigator.storage?.persist?.().catch(() => false);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

async function start(rootElement: HTMLElement) {
  const folder = bridge.autoBackups;
  // Before anything opens the database: opening it with a newer schema runs the upgrade.
  if (folder) {
    await backupBeforeUpgrade(folder).catch((error: unknown) =>
      console.error('Could not back up before upgrading the data', error),
    );
  }
  createRoot(rootElement).render(
    <StrictMode>
      <ErrorBoundary>
        <DbProvider value={db}>
          <BridgeProvider value={bridge}>
            <App />
          </BridgeProvider>
        </DbProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
  startAutoBackups(db, bridge);
  startReminders(db, bridge);
}

void start(root);
