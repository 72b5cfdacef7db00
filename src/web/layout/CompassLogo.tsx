/** A simple compass mark beside the product name; decorative, the name carries the meaning. */
export function CompassLogo() {
  return (
    <svg className="brand__logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="14" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d="M16 5 L20 16 L16 27 L12 16 Z" fill="currentColor" opacity="0.35" />
      <path d="M16 5 L20 16 L12 16 Z" fill="currentColor" />
    </svg>
  );
}
