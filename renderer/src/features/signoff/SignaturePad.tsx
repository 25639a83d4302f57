import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './signoff.css';

const WIDTH = 600;
const HEIGHT = 200;

interface Props {
  id: string;
  value: string;
  onChange(path: string): void;
  describedBy?: string;
}

/**
 * A signature drawn with mouse, pen or finger, kept as an SVG path in a 600×200 box: small to
 * store, sharp when printed.
 */
export function SignaturePad({ id, value, onChange, describedBy }: Props) {
  const { t } = useTranslation();
  const svg = useRef<SVGSVGElement>(null);
  const [drawing, setDrawing] = useState(false);

  const point = (event: PointerEvent<SVGSVGElement>) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return '0 0';
    const x = ((event.clientX - box.left) / box.width) * WIDTH;
    const y = ((event.clientY - box.top) / box.height) * HEIGHT;
    return `${Math.round(x)} ${Math.round(y)}`;
  };

  return (
    <div className="signature-pad">
      <svg
        ref={svg}
        id={id}
        role="img"
        aria-label={value ? t('practice.inPerson.drawn') : t('practice.inPerson.notDrawn')}
        aria-describedby={describedBy}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="signature-pad__surface"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          setDrawing(true);
          onChange(`${value} M ${point(event)}`.trim());
        }}
        onPointerMove={(event) => {
          if (drawing) onChange(`${value} L ${point(event)}`);
        }}
        onPointerUp={() => setDrawing(false)}
        onPointerCancel={() => setDrawing(false)}
      >
        <path d={value} fill="none" stroke="currentColor" strokeWidth={3} strokeLinecap="round" />
      </svg>
      <button
        type="button"
        className="button button--quiet"
        disabled={!value}
        onClick={() => onChange('')}
      >
        {t('practice.inPerson.clear')}
      </button>
    </div>
  );
}
