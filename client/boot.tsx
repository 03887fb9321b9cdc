import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './providers.js';
import './base.css';

/** Mounts a page into #root inside the app's providers. */
export function mountPage(page: ReactNode): void {
  const element = document.getElementById('root');
  if (!element)
    throw new Error(
      'The page has no #root element. To fix this error, add <div id="root"> to its HTML.',
    );
  createRoot(element).render(
    <StrictMode>
      <AppProviders>{page}</AppProviders>
    </StrictMode>,
  );
}
