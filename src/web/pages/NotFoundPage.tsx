import { NotFoundContent } from '../components/NotFoundContent.js';

/** Shown for addresses the app does not know. */
export function NotFoundPage() {
  return <NotFoundContent />;
}
