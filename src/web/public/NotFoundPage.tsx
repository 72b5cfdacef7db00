import { NotFoundContent } from '../ui/NotFoundContent.js';

/** Shown for addresses the app does not know. */
export function NotFoundPage() {
  return <NotFoundContent />;
}
