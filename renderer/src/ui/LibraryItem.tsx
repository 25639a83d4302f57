import { useEffect, useRef } from 'react';

/**
 * One installed pack or bank in a list: what it is, whether it is in use, and the buttons to use
 * or remove it. Labels name the item, so a screen reader hears which "Pakai" is which.
 */
export function LibraryItem(props: {
  title: string;
  meta: string;
  inUse: boolean;
  inUseText: string;
  useText: string;
  useLabel: string;
  onUse(): void;
  /** Absent for what cannot be removed (what ships with the app). */
  remove?: { text: string; label: string; onRemove(): void };
}) {
  const { remove, inUse } = props;
  // The "Pakai" button gives way to the badge; the focus goes there instead of being lost.
  const badge = useRef<HTMLSpanElement>(null);
  const chosen = useRef(false);
  useEffect(() => {
    if (inUse && chosen.current) badge.current?.focus();
    chosen.current = false;
  }, [inUse]);
  return (
    <li className="library-list__item">
      <div>
        <strong>{props.title}</strong> <span className="muted">{props.meta}</span>
      </div>
      <div className="library-list__actions">
        {inUse ? (
          <span className="badge" ref={badge} tabIndex={-1}>
            {props.inUseText}
          </span>
        ) : (
          <button
            type="button"
            className="button"
            aria-label={props.useLabel}
            onClick={() => {
              chosen.current = true;
              props.onUse();
            }}
          >
            {props.useText}
          </button>
        )}
        {remove && (
          <button
            type="button"
            className="button button--quiet"
            aria-label={remove.label}
            onClick={remove.onRemove}
          >
            {remove.text}
          </button>
        )}
      </div>
    </li>
  );
}
