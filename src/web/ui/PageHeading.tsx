import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { takePendingHeadingFocus } from './focus-on-navigation.js';

/**
 * The page's single h1. It can take focus by script (not by Tab) so that, after navigation,
 * screen readers start reading at the new page's heading.
 */
export function PageHeading({ children, sub }: { children: ReactNode; sub?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (ref.current) takePendingHeadingFocus(ref.current);
  }, []);
  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="page-heading">
      {children}
      {sub ? <span className="page-heading__sub">{sub}</span> : null}
    </Heading>
  );
}
