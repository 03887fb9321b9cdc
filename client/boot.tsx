import { lazy, StrictMode, Suspense, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './providers.js';
import { Loading } from './ui/loading.js';
import { useT } from './i18n.js';
import './base.css';

/** A page's module, loaded after the shell: `() => import('./page.js').then((m) => m.Page)`. */
export type PageLoader = () => Promise<ComponentType>;

/**
 * Mounts a page into #root inside the app's providers. The first paint needs only React, Fluent's
 * provider and teams-js; the page itself (with its query cache) loads in parallel with the Teams
 * handshake, so a side panel paints as soon as the shell can (DESIGN.md's bundle budget).
 */
export function mountPage(load: PageLoader): void {
  const element = document.getElementById('root');
  if (!element)
    throw new Error(
      'The page has no #root element. To fix this error, add <div id="root"> to its HTML.',
    );
  // Both start downloading now, not when Teams has answered and the page first renders.
  const page = Promise.all([import('./query-root.js'), load()]).then(([{ QueryRoot }, Page]) => ({
    default: function LoadedPage() {
      return (
        <QueryRoot>
          <Page />
        </QueryRoot>
      );
    },
  }));
  const Page = lazy(() => page);
  createRoot(element).render(
    <StrictMode>
      <AppProviders>
        <Suspense fallback={<LoadingCandor />}>
          <Page />
        </Suspense>
      </AppProviders>
    </StrictMode>,
  );
}

function LoadingCandor() {
  return <Loading label={useT()('common.loading')} />;
}
