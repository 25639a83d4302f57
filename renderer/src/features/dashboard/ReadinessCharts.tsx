import {
  Bar,
  BarChart,
  CartesianGrid,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

const BRAND = '#0e5c60';
const INK = '#1c2430';

/** The three domains on a 0–100 radar. Labels are the pack's short codes (BoK, BoV, BoS). */
export function DomainRadar({
  data,
  label,
}: {
  data: { name: string; score: number }[];
  label: string;
}) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <RadarChart data={data} outerRadius="75%">
        <PolarGrid />
        <PolarAngleAxis dataKey="name" tick={{ fill: INK, fontSize: 14 }} />
        <PolarRadiusAxis domain={[0, 100]} tickCount={5} tick={{ fill: INK, fontSize: 11 }} />
        <Radar
          name={label}
          dataKey="score"
          stroke={BRAND}
          fill={BRAND}
          fillOpacity={0.35}
          isAnimationActive={false}
        />
        <Tooltip />
      </RadarChart>
    </ResponsiveContainer>
  );
}

/** One bar per unit; a unit not yet rated has no bar rather than a misleading zero. */
export function UnitBars({
  data,
  label,
}: {
  data: { name: string; title: string; score: number | null }[];
  label: string;
}) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, data.length * 26 + 40)}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
        <CartesianGrid horizontal={false} />
        <XAxis type="number" domain={[0, 100]} tick={{ fill: INK, fontSize: 12 }} />
        <YAxis type="category" dataKey="name" width={64} tick={{ fill: INK, fontSize: 12 }} />
        <Tooltip labelFormatter={(_name, payload) => payload[0]?.payload.title ?? ''} />
        <Bar dataKey="score" name={label} fill={BRAND} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
