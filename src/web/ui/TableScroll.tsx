import type { ReactNode } from 'react';
import './table-scroll.css';

/**
 * Lets a wide table scroll sideways on narrow screens instead of widening the page. The region
 * is focusable so keyboard users can scroll it too, and named after the table's caption.
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
