import { PACK_FORMAT, PACK_FORMAT_VERSION, type FrameworkPack } from '../../shared/framework/pack';

const rubric = [1, 2, 3, 4].map((n) => ({
  label: `Tingkat ${n}`,
  description: `Deskripsi ${n}`,
})) as [
  { label: string; description: string },
  { label: string; description: string },
  { label: string; description: string },
  { label: string; description: string },
];

/**
 * A small valid pack for tests and benchmarks; `criteriaPerElement` scales it up.
 * Criterion ids are `U{unit}.E{element}.C{n}`.
 */
export function makeTestPack({
  units = 3,
  elementsPerUnit = 2,
  criteriaPerElement = 2,
  version = '1.0',
  id = 'test-pack',
} = {}): FrameworkPack {
  const domains = ['knowledge', 'values', 'skills'] as const;
  const levelSets = [
    ['asisten', 'generalis', 'spesialis'],
    ['generalis', 'spesialis'],
    ['spesialis'],
  ] as const;
  const practice = ['mikro', 'mezzo', 'makro'] as const;
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id,
    title: 'Paket uji',
    version,
    language: 'id',
    provenance: {
      status: 'unofficial-rendering',
      confidence: 'L',
      date: '2026-11-23',
      sources: [{ title: 'Data uji' }],
    },
    levels: [
      { id: 'asisten', title: 'Asisten Pekerja Sosial' },
      { id: 'generalis', title: 'Pekerja Sosial Generalis' },
      { id: 'spesialis', title: 'Pekerja Sosial Spesialis' },
    ],
    domains: [
      { id: 'knowledge', code: 'BoK', title: 'Pengetahuan', examWeight: 30, rubric },
      { id: 'values', code: 'BoV', title: 'Nilai', examWeight: 30, rubric },
      { id: 'skills', code: 'BoS', title: 'Keterampilan', examWeight: 40, rubric },
    ],
    units: Array.from({ length: units }, (_, u) => ({
      id: `U${u + 1}`,
      code: `U.${u + 1}`,
      title: `Unit ${u + 1}`,
      domain: domains[u % 3] ?? 'knowledge',
      elements: Array.from({ length: elementsPerUnit }, (_, e) => ({
        id: `U${u + 1}.E${e + 1}`,
        title: `Elemen ${u + 1}.${e + 1}`,
        criteria: Array.from({ length: criteriaPerElement }, (_, c) => {
          const n = (u * elementsPerUnit + e) * criteriaPerElement + c;
          return {
            id: `U${u + 1}.E${e + 1}.C${c + 1}`,
            question: `Dapatkah saya melakukan tugas nomor ${n + 1}?`,
            levels: [...(levelSets[n % 3] ?? ['generalis'])],
            tags: { practiceLevels: [practice[n % 3] ?? 'mikro'] },
          };
        }),
      })),
    })),
  };
}
