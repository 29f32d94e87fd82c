/*
 * Spanish and Portuguese names carry two family names after the given names ("Sebastián Gómez
 * Ruiz": Gómez from the father, Ruiz from the mother), and people go by the first ("Sebas Gómez",
 * "Sebastián G."). Without a comma or a family-name column nothing says where the family names
 * begin, and "Mary Ann Smith" must keep Ann as a middle name. So the family names begin early only
 * where every word from there on is a family name: a Spanish patronymic in -ez (Gómez, Fernández)
 * or one of the most common Spanish and Portuguese family names below (after Spain's INE and
 * Brazil's IBGE frequency lists), with particles (de, del, la, da, dos, y, e) between them.
 */

const COMMON = new Set(
  (
    'garcia rodriguez gonzalez fernandez lopez martinez sanchez perez gomez martin jimenez ruiz ' +
    'hernandez diaz moreno munoz alvarez romero alonso gutierrez navarro torres dominguez vazquez ' +
    'ramos gil ramirez serrano blanco molina morales suarez ortega delgado castro ortiz rubio marin ' +
    'sanz nunez iglesias medina garrido cortes castillo santos lozano guerrero cano prieto mendez ' +
    'cruz calvo gallego herrera marquez leon vidal pena flores cabrera campos vega fuentes carrasco ' +
    'diez aguilar nieto caballero reyes vargas rojas mendoza salazar espinoza espinosa contreras ' +
    'silva souza sousa oliveira costa pereira carvalho almeida ferreira ribeiro lima araujo ' +
    'barbosa rocha dias nascimento moura cardoso teixeira correia cavalcanti pinto monteiro mendes ' +
    'vieira freitas barros machado azevedo gomes lopes nunes mendes alves marques fernandes ' +
    'rodrigues goncalves antunes soares neves peres'
  ).split(' '),
);
const PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'da',
  'das',
  'do',
  'dos',
  'y',
  'e',
  'i',
]);
// Spanish patronymics end in -ez (González, Pérez); Portuguese -es ones are listed (Andrés and
// Mercedes are given names).
const PATRONYMIC = /^[a-z]{3,}ez$/u;

function plain(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z-]/gu, '');
}

function isFamilyWord(word: string): boolean {
  const key = plain(word);
  if (COMMON.has(key)) return true;
  // Hyphenated family names: each part must be one.
  if (key.includes('-')) return key.split('-').every((part) => part && isFamilyWord(part));
  return PATRONYMIC.test(key);
}

/**
 * Index of the first family-name word of a name written given names first, when it carries two
 * Spanish or Portuguese family names ("Sebastián Gómez Ruiz" → 1, "Juan Carlos Díaz de la Fuente"
 * → 2); null when nothing says so (the last word is then the family name).
 */
export function iberianFamilyStart(words: readonly string[]): number | null {
  if (words.length < 3) return null;
  let start: number | null = null;
  for (let i = words.length - 1; i >= 1; i--) {
    const word = words[i] ?? '';
    if (PARTICLES.has(plain(word))) continue;
    if (!isFamilyWord(word)) break;
    start = i;
  }
  if (start === null || start >= words.length - 1) return null;
  // Particles before the first family name belong to it ("Díaz de la Fuente" keeps "de la").
  while (start > 1 && PARTICLES.has(plain(words[start - 1] ?? ''))) start--;
  return start;
}
