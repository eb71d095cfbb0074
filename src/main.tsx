import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { meQuery } from './features/auth/auth-queries';
import { prefetchReviewList } from './features/reviews/prefetch-list';
import { queryClient } from './query-client';
import './styles/global.css';

// Start what the first screen needs before React renders: who is signed in and, on /reviews, the list's first
// page. Both answers then arrive while the app boots instead of one after the other once it has rendered.
void queryClient.prefetchQuery(meQuery);
prefetchReviewList(queryClient, window.location);

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks <div id="root">');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
