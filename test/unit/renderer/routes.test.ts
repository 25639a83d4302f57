// @vitest-environment happy-dom
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../../renderer/src/ui/paths';
import { routes } from '../../../renderer/src/app/router';

const pathsOf = (list: RouteObject[]): string[] =>
  list.flatMap((route) => [
    ...(route.path ? [route.path] : []),
    ...(route.children ? pathsOf(route.children) : []),
  ]);

describe('page addresses', () => {
  it('are the router’s routes, each once, so tests that visit every page visit them all', () => {
    const routed = pathsOf(routes).filter((path) => path !== '*');
    expect([...routed].sort()).toEqual(Object.values(PAGES).sort());
  });
});
