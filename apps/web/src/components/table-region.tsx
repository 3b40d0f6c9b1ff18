import type { ReactNode } from 'react';

type RegionName = { labelledBy: string; label?: never } | { label: string; labelledBy?: never };

/**
 * The scroll box of a table that may be wider than the screen. It takes keyboard focus so it can be
 * scrolled without a mouse, and a focusable region needs a name: the id of the heading above it,
 * or a label of its own.
 */
export function TableRegion({ className, labelledBy, label, children }: RegionName & { className?: string; children: ReactNode }) {
  return (
    <div className={className ? `table-wrap ${className}` : 'table-wrap'} role="region" tabIndex={0} aria-labelledby={labelledBy} aria-label={label}>
      {children}
    </div>
  );
}
