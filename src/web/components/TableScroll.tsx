import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways on a small screen instead of making the page wider. Only
 * while it really scrolls does the box become a focusable, named region, so keyboard users can
 * scroll it too (WCAG 2.1.1) without an extra tab stop on wide screens.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const check = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(box);
    for (const child of Array.from(box.children)) observer.observe(child);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      className="wp-table-wrap"
      {...(scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
