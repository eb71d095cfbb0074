/** The app's mark (same drawing as public/favicon.svg), decorative: the app name always sits beside it. */
export function ShieldMark({ size = 20 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M16 2 4 6.5v8.3c0 7.3 5 13.4 12 15.2 7-1.8 12-7.9 12-15.2V6.5L16 2Z" fill="var(--accent)" />
      <path
        d="m10.5 16 3.8 3.8 7.2-7.6"
        fill="none"
        stroke="#fff"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
