import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * A link inside the app (client-side navigation) styled as a design-system link. `label` gives
 * it a fuller accessible name when its visible text is short.
 */
export function AppLink({ to, children, className, label }: { to: string; children: ReactNode; className?: string; label?: string }) {
  return (
    <Link to={to} className={className ? `ds-link ${className}` : 'ds-link'} aria-label={label}>
      {children}
    </Link>
  );
}
