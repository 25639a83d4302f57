import type { id } from './id';

/** The shape of a catalogue: the Indonesian one, with every leaf a string. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Catalogue = Shape<typeof id>;
