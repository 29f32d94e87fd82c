import { describe, expect, it } from 'vitest';
import { iberianFamilyStart } from './iberian-surnames';

describe('two Spanish or Portuguese family names', () => {
  it.each<[string, number | null]>([
    ['Sebastián Gómez Ruiz', 1],
    ['Juan Carlos Díaz Pérez', 2],
    ['Rosa Costa Silva', 1],
    ['Lucía Fernández-Ortega Vidal', 1],
    ['Inés María del Castillo Navarro', 2],
    // Nothing says where the family names begin: the last word alone.
    ['Mary Ann Smith', null],
    ['Juan Andrés Castillo', null],
    ['Mercedes Dolores Ruiz', null],
    ['Ana Gómez', null],
    ['Hannah Garcia Thompson', null],
  ])('%s → %s', (name, start) => {
    expect(iberianFamilyStart(name.split(' '))).toBe(start);
  });
});
