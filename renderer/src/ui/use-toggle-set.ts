import { useCallback, useState } from 'react';

/** A set of ids that can be toggled one at a time (e.g. which tree branches are open). */
export function useToggleSet(
  initial: readonly string[] = [],
): [ReadonlySet<string>, (id: string) => void] {
  const [set, setSet] = useState<ReadonlySet<string>>(() => new Set(initial));
  const toggle = useCallback(
    (id: string) =>
      setSet((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  return [set, toggle];
}
