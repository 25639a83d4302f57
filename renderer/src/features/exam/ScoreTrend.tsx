import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { DOMAINS, type DomainId } from '../../../../shared/framework/pack';

/** Distinct in colour and in dash, so the lines part for colour-blind readers too. */
const LINES: Record<DomainId, { stroke: string; dash?: string }> = {
  knowledge: { stroke: '#0e5c60' },
  values: { stroke: '#8a4b08', dash: '6 3' },
  skills: { stroke: '#4b3a8c', dash: '2 3' },
};

/** Simulation scores per part over time (percent), oldest first. Loaded lazily with recharts. */
export default function ScoreTrend(props: {
  points: ({ label: string } & Record<DomainId, number | null>)[];
  names: Record<DomainId, string>;
}) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <LineChart data={props.points} margin={{ left: 0, right: 16, top: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} width={48} />
        <Tooltip />
        <Legend />
        {DOMAINS.map((d) => (
          <Line
            key={d}
            type="monotone"
            dataKey={d}
            name={props.names[d]}
            stroke={LINES[d].stroke}
            strokeDasharray={LINES[d].dash}
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
