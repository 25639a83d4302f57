import { createContext, useContext } from 'react';
import type { Bridge } from './bridge';

const BridgeContext = createContext<Bridge | null>(null);

/**
 * What the screens ask of the platform (files, backups, the menu). main.tsx provides the desktop
 * or the web bridge; a component test provides a fake with just the calls it checks.
 */
export const BridgeProvider = BridgeContext.Provider;

export function useBridge(): Bridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge() needs a <BridgeProvider> above it');
  return bridge;
}
