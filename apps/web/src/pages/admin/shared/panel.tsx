import type { ReactNode } from 'react';

/** A titled box of the administration area: its heading (by `id`) names the region for screen readers. */
export function Panel({ id, heading, className, children }: { id: string; heading: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}
