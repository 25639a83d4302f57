// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ErrorBoundary, RouteError } from '../../../renderer/src/app/ErrorBoundary';

afterEach(cleanup);

function Broken(): never {
  throw new Error('rusak di sini');
}

describe('error handling', () => {
  it('shows a readable error instead of a white screen', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Terjadi kesalahan' })).toBeTruthy();
    expect(screen.getByText(/Data yang sudah tersimpan tidak terpengaruh/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Muat ulang aplikasi' })).toBeTruthy();
    expect(screen.getByText(/Error: rusak di sini/)).toBeTruthy();
  });

  it('renders its children when nothing goes wrong', () => {
    render(
      <ErrorBoundary>
        <p>semua baik</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('semua baik')).toBeTruthy();
  });

  it('catches errors thrown inside a route', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const router = createMemoryRouter([
      { path: '/', element: <Broken />, errorElement: <RouteError /> },
    ]);
    render(<RouterProvider router={router} />);
    expect(screen.getByRole('heading', { name: 'Terjadi kesalahan' })).toBeTruthy();
    expect(screen.getByText(/rusak di sini/)).toBeTruthy();
  });
});
