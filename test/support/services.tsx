import type { ReactNode } from 'react';
import type { KompetenDatabase } from '../../renderer/src/db/database';
import { DbProvider } from '../../renderer/src/db/context';
import type { Bridge } from '../../renderer/src/platform/bridge';
import { BridgeProvider } from '../../renderer/src/platform/context';

/**
 * What a component test gives the screens instead of the app's own database and bridge: a
 * database over fake-indexeddb, and a bridge with just the calls the test needs (a screen that
 * calls one the test left out fails with a TypeError naming it).
 */
export function services(db: KompetenDatabase, bridge: Partial<Bridge> = {}) {
  const strict = bridge as Bridge;
  return function Services({ children }: { children: ReactNode }) {
    return (
      <DbProvider value={db}>
        <BridgeProvider value={strict}>{children}</BridgeProvider>
      </DbProvider>
    );
  };
}
