/**
 * Deterministic synthetic rolls and rosters for the matching benchmark: names from several
 * cultures, and display names made the ways people really make them (case, initials, nicknames,
 * devices, pronouns, emoji, typos…), plus dial-ins, bots, strangers and look-alikes.
 */
import type { RollEntry, RosterEntry } from '../src/domain/matching';

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = (
  'James Mary Robert Patricia John Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph Jessica ' +
  'Thomas Sarah Charles Karen Christopher Nancy Daniel Lisa Matthew Betty Anthony Margaret Mark Sandra Donald Ashley ' +
  'Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Dorothy George Melissa ' +
  'Timothy Deborah Ronald Stephanie Edward Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia Jacob Kathleen Gary Amy ' +
  'Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela Justin Emma Scott Nicole Brandon Helen ' +
  'Benjamin Samantha Samuel Katherine Gregory Christine Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet ' +
  'José María Juan Lucía Carlos Sofía Miguel Valentina Alejandro Camila Diego Isabella Javier Martina Fernando Paula ' +
  'Łukasz Małgorzata Krzysztof Agnieszka Wojciech Katarzyna Tomasz Magdalena Jürgen Günter Björn Søren Zoë Chloé ' +
  'Hiroshi Yuki Haruto Sakura Kenji Aiko Wei Fang Jun Mei Minh Thảo Quốc Ngọc Anh Hùng Mehmet Ayşe Emre Zeynep ' +
  'Olumide Chiamaka Kwame Amara Aarav Priya Rohan Ananya Omar Fatima Youssef Layla Ivan Olga Dmitri Natalia'
).split(' ');

const SURNAMES = (
  'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson ' +
  'Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker ' +
  'Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell ' +
  'Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy ' +
  'Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson ' +
  'Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross ' +
  'Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez ' +
  'Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski Zieliński Schmidt Schneider Fischer Weber Meyer Wagner ' +
  'Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger ' +
  'Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter ' +
  'Satō Suzuki Takahashi Tanaka Watanabe Itō Yamamoto Nakamura Kobayashi Katō Yoshida Yamada Sasaki Yamaguchi ' +
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Trần Lê Phạm Hoàng Huỳnh Phan ' +
  'Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan ' +
  'Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Okafor Adeyemi Mensah Owusu Sharma Verma Gupta Singh Kumar ' +
  'Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Petrov Volkov Solovyov Vasiliev Zaitsev ' +
  'Pavlov Semyonov Golubev Vinogradov Bogdanov Vorobyov Fyodorov Mikhailov Belyaev Tarasov Belov Komarov Orlov ' +
  'Almeida Barbosa Cardoso Carvalho Correia Costa Fernandes Ferreira Gomes Lima Machado Martins Mendes Oliveira ' +
  'Pereira Ribeiro Rocha Santos Silva Sousa Teixeira Vieira Dubois Durand Lefebvre Leroy Moreau Laurent Simon Michel ' +
  'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti DeLuca Mancini Costa'
).split(' ');

const DEVICES = ['iPhone', 'iPad', 'Galaxy S23', 'MacBook Pro', 'Pixel 8'];
const BOTS = [
  'Otter.ai Notetaker',
  'Fireflies.ai Notetaker',
  'Read.ai meeting notes',
  'Zoom AI Companion',
  'Meeting Recorder',
];
const EMOJI = ['🎨', '⭐', '🐶', '👋🏽', '📚', '🦋'];
const PRONOUNS = ['(she/her)', '(he/him)', '| they/them', '[she/they]'];
const NICK: Readonly<Record<string, string>> = {
  Robert: 'Bob',
  William: 'Bill',
  Elizabeth: 'Liz',
  Richard: 'Rick',
  Joseph: 'Joe',
  Thomas: 'Tom',
  Katherine: 'Kate',
  Margaret: 'Maggie',
  Michael: 'Mike',
  Jennifer: 'Jenny',
  Christopher: 'Chris',
  Daniel: 'Dan',
  Matthew: 'Matt',
  Alexander: 'Alex',
  Samantha: 'Sam',
  Rebecca: 'Becky',
  Nicholas: 'Nick',
  Jonathan: 'Jon',
  Benjamin: 'Ben',
};
const HOMOGLYPH: Readonly<Record<string, string>> = {
  a: 'а',
  e: 'е',
  o: 'о',
  i: 'і',
  c: 'с',
  p: 'р',
  K: 'К',
  M: 'М',
};

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** A roll of `size` distinct people. */
export function syntheticRoll(size: number, seed: number): RollEntry[] {
  const rand = rng(seed);
  const seen = new Set<string>();
  const roll: RollEntry[] = [];
  while (roll.length < size) {
    const given = pick(rand, GIVEN);
    const r = rand();
    let surname = pick(rand, SURNAMES);
    if (r < 0.08) surname = `${surname}-${pick(rand, SURNAMES)}`;
    const middle = r > 0.85 ? ` ${pick(rand, GIVEN)}` : '';
    const name = `${given}${middle} ${surname}`;
    if (seen.has(name)) continue;
    seen.add(name);
    roll.push({ id: `r${roll.length + 1}`, name });
  }
  return roll;
}

function typo(rand: () => number, word: string): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(rand() * (word.length - 2));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/** How a roll person shows up in the meeting. */
function displayFor(rand: () => number, name: string): string {
  const words = name.split(' ');
  const given = words[0] ?? '';
  const surname = words.at(-1) ?? '';
  const r = rand();
  if (r < 0.35) return name;
  if (r < 0.42) return name.toLowerCase();
  if (r < 0.5) return `${given} ${surname[0]}.`;
  if (r < 0.56) return `${surname.toUpperCase()}, ${given}`;
  if (r < 0.62) return `${given}'s ${pick(rand, DEVICES)}`;
  if (r < 0.68) return `${name} ${pick(rand, PRONOUNS)}`;
  if (r < 0.74) return `${pick(rand, EMOJI)} ${name}`;
  if (r < 0.8) return `Dr. ${name}`;
  if (r < 0.85) return `${given} ${typo(rand, surname)}`;
  if (r < 0.9) return NICK[given] ? `${NICK[given]} ${surname}` : `${name} - Acme Corp`;
  if (r < 0.94) return given;
  return `${given.toLowerCase()}.${surname.toLowerCase()}@example.org`;
}

/** A roster of `size` participants: ~80 % from the roll, then strangers, dial-ins, bots, devices and look-alikes. */
export function syntheticRoster(
  roll: readonly RollEntry[],
  size: number,
  seed: number,
): RosterEntry[] {
  const rand = rng(seed);
  const order = roll.map((_, i) => i).sort(() => rand() - 0.5);
  const roster: RosterEntry[] = [];
  for (let n = 0; n < size; n++) {
    const r = rand();
    const person = roll[order[n % order.length] ?? 0]?.name ?? 'Jane Doe';
    let screenName: string;
    if (r < 0.8) screenName = displayFor(rand, person);
    else if (r < 0.86) screenName = `${pick(rand, GIVEN)} ${pick(rand, SURNAMES)}`;
    else if (r < 0.9)
      screenName = `+1 ${Math.floor(100 + rand() * 900)}****${Math.floor(1000 + rand() * 9000)}`;
    else if (r < 0.93) screenName = pick(rand, BOTS);
    else if (r < 0.96)
      screenName = pick(rand, ['iPhone', 'Windows User', 'LAPTOP-8F2K1QX', 'Galaxy S21']);
    else if (r < 0.98)
      screenName = [...person].map((c) => (rand() < 0.3 ? (HOMOGLYPH[c] ?? c) : c)).join('');
    else screenName = person.replace(' ', ' \u200B');
    roster.push({ participantUUID: `p${n + 1}`, screenName });
  }
  return roster;
}
