import type { TFunction } from 'i18next';
import type { Facet } from '../../../../shared/framework/filter';
import type { FrameworkPack } from '../../../../shared/framework/pack';

type VocabFacet = Exclude<Facet, 'domain' | 'level'>;

/** The label of one facet value: domains are named by the pack, the rest by the catalogue. */
export function facetValueLabel(
  t: TFunction,
  pack: FrameworkPack,
  facet: Facet,
  value: string,
): string {
  if (facet === 'domain') return pack.domains.find((d) => d.id === value)?.title ?? value;
  if (facet === 'level') return t(`levels.${value as 'asisten'}`);
  return t(`vocab.${facet as VocabFacet}.${value}` as 'vocab.stage.asesmen');
}
