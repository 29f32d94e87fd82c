import type { Random } from './random';

/**
 * Realistic display names for emulated participants: people from many places (the product serves
 * English, Filipino, French, German, Indonesian, Japanese and Spanish speakers, and everyone else),
 * written the ways people really write them in Zoom, plus bare device names, dial-ins and the
 * names zoombombers pick.
 */

export interface Person {
  first: string;
  last: string;
  /** Names written family-name first with no space convention (e.g. 佐藤 花子). */
  native?: string;
}

const PEOPLE_BY_REGION: ReadonlyArray<{ firsts: readonly string[]; lasts: readonly string[] }> = [
  {
    firsts: [
      'Emily',
      'James',
      'Olivia',
      'Robert',
      'Katherine',
      'Michael',
      'Hannah',
      'William',
      'Grace',
      'Daniel',
    ],
    lasts: ['Johnson', 'Miller', 'Thompson', 'Walker', 'Bennett', 'Hughes', 'Carter', 'Brooks'],
  },
  {
    firsts: ['María', 'José', 'Lucía', 'Alejandro', 'Camila', 'Javier', 'Valentina', 'Andrés'],
    lasts: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Ramírez', 'Torres', 'Morales'],
  },
  {
    firsts: ['Maria Cristina', 'Jose Mari', 'Angelica', 'Rodel', 'Marites', 'Jericho', 'Liezl'],
    lasts: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Dela Cruz', 'Villanueva', 'Mendoza'],
  },
  {
    firsts: ['Élodie', 'François', 'Amélie', 'Thibault', 'Océane', 'Julien', 'Margaux'],
    lasts: ['Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Bonnet', 'Fontaine', 'Rousseau'],
  },
  {
    firsts: ['Jürgen', 'Anneliese', 'Lukas', 'Sophie', 'Maximilian', 'Jana', 'Matthias'],
    lasts: ['Müller', 'Schäfer', 'Becker', 'Hoffmann', 'Weiß', 'Schröder', 'Krüger'],
  },
  {
    firsts: ['Siti', 'Budi', 'Dewi', 'Agus', 'Putri', 'Rizky', 'Wulan'],
    lasts: ['Rahmawati', 'Santoso', 'Wijaya', 'Hidayat', 'Kusuma', 'Saputra', 'Lestari'],
  },
  {
    firsts: ['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Hina', 'Kenji'],
    lasts: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Yamamoto', 'Nakamura'],
  },
  {
    firsts: ['Chinedu', 'Ngozi', 'Oluwaseun', 'Amara', 'Tunde', 'Zainab'],
    lasts: ['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Bello'],
  },
  {
    firsts: ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Lakshmi', 'Vikram'],
    lasts: ['Sharma', 'Iyer', 'Patel', 'Reddy', 'Nair', 'Gupta'],
  },
  {
    firsts: ['Wei', 'Xiu Ying', 'Jun', 'Mei Ling', 'Hao'],
    lasts: ['Wang', 'Li', 'Zhang', 'Chen', 'Liu'],
  },
  { firsts: ['Thi Lan', 'Minh', 'Quang', 'Thu Trang'], lasts: ['Nguyen', 'Tran', 'Pham', 'Le'] },
  {
    firsts: ['Fatima', 'Omar', 'Layla', 'Yusuf', 'Noor'],
    lasts: ['Haddad', 'Al-Sayed', 'Khalil', 'Mansour', 'Farouk'],
  },
  {
    firsts: ['Agnieszka', 'Piotr', 'Zofia', 'Tomasz'],
    lasts: ['Kowalska', 'Nowak', 'Wiśniewska', 'Wójcik'],
  },
];

const NATIVE_JAPANESE: readonly string[] = ['佐藤 花子', '鈴木 一郎', '高橋 美咲', '田中 健太'];

/** Bare device names Zoom shows when someone joins from an app that was never given a name. */
export const DEVICE_NAMES: readonly string[] = [
  'iPhone',
  'iPad',
  'Galaxy S22',
  'Galaxy A54',
  'Pixel 8',
  'Redmi Note 12',
  'DESKTOP-7F3K2QL',
  'MacBook Pro',
  'Chromebook',
];

/** Names people who come to disrupt a meeting tend to pick. Some are hostile to naive HTML rendering. */
export const ZOOMBOMBER_NAMES: readonly string[] = [
  'Joe Mama',
  'Hugh Mungus',
  'xX_Zoombomb_Xx',
  '🤡🤡🤡',
  'Anonymous',
  'definitely a student',
  'ur teacher',
  '<script>alert("hi")</script>',
  '<b>ADMIN</b>',
];

const NICKNAMES: Record<string, string> = {
  Robert: 'Bob',
  William: 'Bill',
  Katherine: 'Kate',
  Michael: 'Mike',
  Alejandro: 'Alex',
  Daniel: 'Dan',
  Maximilian: 'Max',
  Elizabeth: 'Liz',
  'Jose Mari': 'Joma',
  Matthias: 'Matze',
  Oluwaseun: 'Seun',
  Valentina: 'Vale',
};

/** A random person from a random region. */
export function randomPerson(random: Random): Person {
  const region = random.pick(PEOPLE_BY_REGION);
  const person: Person = { first: random.pick(region.firsts), last: random.pick(region.lasts) };
  return person;
}

export function fullName(person: Person): string {
  return person.native ?? `${person.first} ${person.last}`;
}

/** Distinct people for a roll (no two with the same full name). */
export function randomPeople(random: Random, count: number): Person[] {
  const seen = new Set<string>();
  const people: Person[] = [];
  let nativeLeft = [...NATIVE_JAPANESE];
  for (let tries = 0; people.length < count && tries < count * 50; tries++) {
    const person =
      nativeLeft.length > 0 && random.chance(0.04)
        ? nativeFrom(random, nativeLeft)
        : randomPerson(random);
    if (person.native) nativeLeft = nativeLeft.filter((n) => n !== person.native);
    const key = fullName(person);
    if (seen.has(key)) continue;
    seen.add(key);
    people.push(person);
  }
  return people;
}

function nativeFrom(random: Random, names: readonly string[]): Person {
  const native = random.pick(names);
  const [last = '', first = ''] = native.split(' ');
  return { first, last, native };
}

/** How a roll member might show up in Zoom. */
export type DisplayStyle =
  | 'exact'
  | 'lowercase'
  | 'first-initial'
  | 'first-only'
  | 'nickname'
  | 'pronouns'
  | 'emoji'
  | 'device-of';

/** The display name a person picks, in a given style. */
export function displayNameFor(person: Person, style: DisplayStyle): string {
  const name = fullName(person);
  switch (style) {
    case 'exact':
      return name;
    case 'lowercase':
      return name.toLowerCase();
    case 'first-initial':
      return person.native ? name : `${person.first} ${person.last.charAt(0)}.`;
    case 'first-only':
      return person.native ? name : person.first;
    case 'nickname':
      return `${NICKNAMES[person.first] ?? person.first} ${person.last}`;
    case 'pronouns':
      return `${name} (they/them)`;
    case 'emoji':
      return `${name} 🌻`;
    case 'device-of':
      return `${person.native ? name : person.first}'s iPad`;
  }
}

/** A random display name of the sort a host sees joining a public meeting. */
export function randomDisplayName(random: Random): string {
  const roll = random.next();
  if (roll < 0.07) return random.pick(DEVICE_NAMES);
  if (roll < 0.1)
    return `+1 ${200 + random.int(800)} 555 ${String(random.int(10000)).padStart(4, '0')}`;
  if (roll < 0.13) return random.pick(ZOOMBOMBER_NAMES);
  const styles: readonly DisplayStyle[] = [
    'exact',
    'exact',
    'exact',
    'exact',
    'lowercase',
    'first-initial',
    'first-only',
    'nickname',
    'pronouns',
    'emoji',
    'device-of',
  ];
  return displayNameFor(randomPerson(random), random.pick(styles));
}

const HOMOGLYPHS: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  i: 'і',
  A: 'А',
  E: 'Е',
  O: 'О',
  M: 'М',
  K: 'К',
};

/** The name with one Latin letter swapped for its Cyrillic look-alike: an impersonator's trick. */
export function homoglyphOf(name: string): string {
  const index = [...name].findIndex((ch) => ch in HOMOGLYPHS);
  if (index < 0) return `${name}\u200b`;
  const chars = [...name];
  const ch = chars[index] as string;
  chars[index] = HOMOGLYPHS[ch] ?? ch;
  return chars.join('');
}
