#!/usr/bin/env node
// Writes the roll-import sample files in test/fixtures/rolls/. The files are committed; run this
// again only to change them: `node scripts/gen-roll-fixtures.mjs`. Output is byte-for-byte
// deterministic (fixed zip timestamps, no randomness), so a re-run leaves git clean.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'rolls');
mkdirSync(outDir, { recursive: true });

const write = (name, bytes) => writeFileSync(join(outDir, name), bytes);
const utf8 = (text) => Buffer.from(text, 'utf8');
const withBom = (bytes) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
const crlf = (text) => text.replace(/\n/g, '\r\n');

function utf16le(text) {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

function utf16be(text) {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

// Node 20's TextDecoder('windows-1252') is really ISO-8859-1 (0x80-0x9F come out as C1
// controls), so the encoder is built from the code page itself.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function cp1252(text) {
  return Buffer.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0);
      const high = CP1252_HIGH.indexOf(ch);
      if (high >= 0) return 0x80 + high;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      throw new Error(`windows-1252 cannot encode ${ch}`);
    }),
  );
}

function shiftJisEncoder() {
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  const map = new Map();
  for (let b = 0; b < 0x80; b++) map.set(String.fromCharCode(b), [b]);
  const leads = [];
  for (let b = 0x81; b <= 0x9f; b++) leads.push(b);
  for (let b = 0xe0; b <= 0xef; b++) leads.push(b);
  for (const lead of leads) {
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
      } catch {
        // not a valid pair
      }
    }
  }
  return (text) =>
    Buffer.from(
      [...text].flatMap((ch) => {
        const bytes = map.get(ch);
        if (!bytes) throw new Error(`shift_jis cannot encode ${ch}`);
        return bytes;
      }),
    );
}

// --- a tiny, deterministic zip writer (deflate, fixed 1980-01-01 timestamps) ---
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = typeof content === 'string' ? utf8(content) : content;
    const nameBytes = utf8(name);
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const colName = (i) => String.fromCharCode(65 + i);

/** rows: arrays of string | number | null; strings go to the shared-string table. */
function sheetXml(rows, shared) {
  const rowXml = rows
    .map((cells, r) => {
      if (cells === null) return ''; // a row Excel never wrote: a gap in the numbering
      const cellXml = cells
        .map((value, c) => {
          const ref = `${colName(c)}${r + 1}`;
          if (value === null) return '';
          if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
          if (value.startsWith('inline:')) {
            return `<c r="${ref}" t="inlineStr"><is><t>${xmlEscape(value.slice(7))}</t></is></c>`;
          }
          let index = shared.indexOf(value);
          if (index < 0) index = shared.push(value) - 1;
          return `<c r="${ref}" t="s"><v>${index}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cellXml}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowXml}</sheetData></worksheet>`;
}

function xlsx(sheets) {
  const shared = [];
  const sheetParts = sheets.map(([, rows], i) => [
    `xl/worksheets/sheet${i + 1}.xml`,
    sheetXml(rows, shared),
  ]);
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared
    .map((s) => `<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`)
    .join('')}</sst>`;
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  return zip([
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
        .map(
          ([name], i) => `<sheet name="${xmlEscape(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ],
    ...sheetParts,
    ['xl/sharedStrings.xml', sst],
    [
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`,
    ],
  ]);
}

// --- encodings and delimiters ---
write(
  'utf8-comma.csv',
  utf8(`Name,Email,Group
Zoë Müller,zoe.muller@example.org,Blue
José Álvarez,jose@example.org,Green
Łukasz Nowak,lukasz@example.org,Blue
Siobhán O'Connor,siobhan@example.org,Green
`),
);

write(
  'utf8-bom-semicolon-de.csv',
  withBom(
    utf8(
      crlf(`Vorname;Nachname;E-Mail;Gruppe
Jürgen;Groß;juergen.gross@example.de;Klasse 7a
Anna-Lena;Weiß;anna@example.de;Klasse 7a
Ömer;Yılmaz;oemer@example.de;Klasse 7b
`),
    ),
  ),
);

write(
  'utf16le-bom-excel-unicode.txt',
  utf16le(
    crlf(`Nombre\tApellidos\tCorreo electrónico\tGrupo
María José\tGarcía López\tmj@example.es\tA
Iñaki\tNúñez\tinaki@example.es\tB
Ángela\tDíaz\t\tB
`),
  ),
);

write(
  'utf16be-bom.txt',
  utf16be(`Full name\tID
Zoë Müller\tA-17
Chidi Anagonye\tA-18
`),
);

write(
  'windows-1252-fr.csv',
  cp1252(
    crlf(`Nom;Prénom;Courriel;Groupe
Lefèvre;Hélène;helene@example.fr;CM2
Müller;Jürgen;jurgen@example.fr;CM1
Dupont;François;francois@example.fr;CM2
Œuvray;Zoë;zoe@example.fr;CM1
`),
  ),
);

const sjis = shiftJisEncoder();
write(
  'shift-jis-ja.csv',
  sjis(
    crlf(`氏名,メールアドレス,所属
山田 太郎,taro@example.jp,営業部
佐藤 花子,hanako@example.jp,総務部
高橋 一郎,,営業部
`),
  ),
);

write(
  'tab-en.tsv',
  utf8(`Student ID\tFirst name\tLast name\tClass
S-1001\tAmara\tOkafor\t5B
S-1002\tWei\tZhang\t5B
S-1003\tPriya\tNatarajan\t5C
`),
);

write(
  'quoted-newlines.csv',
  utf8(
    crlf(`"Full name","Email","Notes"
"Doe, Jane","jane@example.com","Prefers ""JD""
second line of the note"
"Robert ""Bob"" Smith","bob@example.com","Line 1
Line 2
Line 3"
"Ana
María Pérez","ana@example.com",""
`),
  ),
);

// --- report and export layouts ---
write(
  'zoom-registration-report.csv',
  utf8(`Meeting Registration Report
Report Generated:,"Jun 10, 2024 09:12:33 AM"
Topic,ID,Start Time
"Grade 7 Science","812 3456 7890","Jun 11, 2024 10:00 AM"

First Name,Last Name,Email,Registration Time,Approval Status,City,Country/Region,Organization
Amara,Okafor,amara.okafor@example.com,"Jun 01, 2024 08:00:11 AM",approved,Lagos,Nigeria,
Wei,Zhang,wei.zhang@example.com,"Jun 01, 2024 08:03:52 AM",approved,,,
Lucas,Martin,lucas.martin@example.com,"Jun 02, 2024 17:45:00 PM",denied,,,
Sofia,Rossi,sofia.rossi@example.com,"Jun 03, 2024 09:10:09 AM",pending,Milano,Italy,
Amara,Okafor,amara.okafor@example.com,"Jun 04, 2024 10:00:00 AM",approved,Lagos,Nigeria,
`),
);

write(
  'zoom-participants-report.csv',
  utf8(`Topic,Meeting ID,User Name,User Email,Department,Group,Has Zoom Rooms,Creation Time,Start Time,End Time,Duration (Minutes),Participants
Grade 7 Science,812 3456 7890,Ms Rivera,rivera@school.example,Science,Teachers,No,06/10/2024 08:55:02 AM,06/11/2024 09:58:01 AM,06/11/2024 11:02:13 AM,65,4

Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent,In Waiting Room
Ms Rivera,rivera@school.example,06/11/2024 09:58:01 AM,06/11/2024 11:02:13 AM,65,No,,No
Amara Okafor,amara.okafor@example.com,06/11/2024 09:59:40 AM,06/11/2024 10:30:00 AM,31,Yes,,No
Jane Doe (Jane's iPhone),,06/11/2024 10:01:12 AM,06/11/2024 11:02:13 AM,61,Yes,,Yes
Wei Zhang,wei.zhang@example.com,06/11/2024 10:02:00 AM,06/11/2024 11:02:13 AM,60,Yes,,No
Amara Okafor,amara.okafor@example.com,06/11/2024 10:31:05 AM,06/11/2024 11:02:13 AM,31,Yes,,No
`),
);

write(
  'google-forms.csv',
  utf8(`"Timestamp","Email Address","Full name","Which class are you in?","Any dietary needs?"
"2024/06/01 8:01:02 AM GMT+1","amara@example.com","Amara Okafor","5B","None"
"2024/06/01 8:04:45 AM GMT+1","wei@example.com","Wei Zhang","5B",""
"2024/06/01 9:12:00 AM GMT+1","priya@example.com","Priya Natarajan","5C","Vegetarian"
`),
);

write(
  'eventbrite-attendees.csv',
  utf8(`Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Group,Order Type,Total Paid,Attendee Status
1234567890,2024-05-20 10:11:12-05:00,Amara,Okafor,amara@example.com,1,General Admission,2345678901,,Eventbrite Completed,0.00,Attending
1234567891,2024-05-21 08:00:00-05:00,Kenji,Watanabe,kenji@example.com,1,General Admission,2345678902,,Eventbrite Completed,0.00,Attending
1234567892,2024-05-21 09:30:00-05:00,Lucas,Martin,lucas@example.com,1,VIP,2345678903,,Eventbrite Completed,0.00,Not Attending
`),
);

// --- header rows in each shipped language ---
write(
  'headers-ja.csv',
  withBom(
    utf8(`学籍番号,姓,名,フリガナ,メールアドレス,クラス
1001,山田,太郎,ヤマダ タロウ,taro@example.jp,1組
1002,佐藤,花子,サトウ ハナコ,hanako@example.jp,1組
1003,鈴木,一郎,スズキ イチロウ,,2組
`),
  ),
);

write(
  'headers-id.csv',
  utf8(`No,NIM,Nama Lengkap,Surel,Kelas
1,2101001,Siti Nurhaliza,siti@example.ac.id,A
2,2101002,Budi Santoso,budi@example.ac.id,A
3,2101003,Made Wirawan,,B
`),
);

write(
  'headers-fil.csv',
  utf8(`Apelyido,Unang Pangalan,Gitnang Pangalan,Email,Seksyon
Dela Cruz,Juan,Santos,juan@example.ph,Sampaguita
Reyes,Maria Clara,Bautista,maria@example.ph,Sampaguita
Santos,José,,jose@example.ph,Ilang-Ilang
`),
);

write(
  'headers-es.csv',
  utf8(`Nombre,Apellido paterno,Apellido materno,Correo electrónico,Grupo
María José,García,López,mj@example.mx,3°A
Juan Pablo,Hernández,,jp@example.mx,3°B
`),
);

write(
  'headers-fr.csv',
  utf8(`Élève;Adresse e-mail;Classe
Hélène Lefèvre;helene@example.fr;CM2
Jean-Baptiste N'Diaye;jb@example.fr;CM1
`),
);

write(
  'headers-de.csv',
  utf8(`Name,Vorname,E-Mail-Adresse,Gruppe
Schäfer,Lukas,lukas@example.de,Kurs A
Öztürk,Elif,elif@example.de,Kurs B
`),
);

// --- names only ---
write(
  'names-only.txt',
  utf8(`Jane Doe
  John   Smith  

Doe, John
Zo\u200Be Adams
\u202EAli Hassan\u202C
Jane Doe
`),
);

write(
  'names-last-first.csv',
  utf8(`Okafor, Amara
Zhang, Wei
Natarajan, Priya
`),
);

// --- spreadsheet ---
write(
  'roll.xlsx',
  xlsx([
    [
      'Roll',
      [
        ['ID', 'Full name', 'Email', 'Group'],
        [101, 'Zoë Müller', 'zoe@example.org', 'Blue'],
        [102, '山田 太郎', 'taro@example.jp', 'Green'],
        null,
        [104, 'inline:Chidi\u200B Anagonye', null, 'Blue'],
        [105, '  Priya   Natarajan ', 'priya@example.org', null],
      ],
    ],
    ['Notes', [['Imported from the school office'], ['Do not share']]],
  ]),
);

write(
  'second-sheet.xlsx',
  xlsx([
    ['Cover', []],
    ['Students', [['Name'], ['Amara Okafor'], ['Wei Zhang']]],
  ]),
);

// The largest roll the importer accepts (MAX_ROLL_ROWS): 20,000 people, every name distinct, with
// e-mail, id and group, so its sheet inflates past fflate's 512 KB worker threshold.
{
  const given = [
    'Amara',
    'Wei',
    'Priya',
    'Kenji',
    'Zoë',
    'Chidi',
    'Lucía',
    'Jonas',
    'Aiko',
    'Siti',
  ];
  const family = [
    'Okafor',
    'Zhang',
    'Natarajan',
    'Watanabe',
    'Müller',
    'Anagonye',
    'García',
    'Berg',
  ];
  const rows = [['Registrant ID', 'Full name', 'Email', 'Group']];
  for (let i = 0; i < 20_000; i++) {
    const name = `${given[i % given.length]} ${family[Math.floor(i / given.length) % family.length]} ${i + 1}`;
    rows.push([100000 + i, name, `person${i + 1}@example.org`, `Group ${(i % 12) + 1}`]);
  }
  write('roll-20000.xlsx', xlsx([['Roll', rows]]));
}

// --- ambiguous and awkward content ---
write(
  'ambiguous-names.csv',
  utf8(`Name,Student,Email
Amara Okafor,Wei Zhang,amara@example.com
Kenji Watanabe,Priya Natarajan,kenji@example.com
`),
);

write(
  'duplicates-blanks.csv',
  utf8(`Name,Email
Amara Okafor,amara@example.com
,orphan@example.com
AMARA  OKAFOR,Amara@Example.com

Amara Okafor,other@example.com
José Álvarez,
Jose Alvarez,
`),
);

write(
  'header-only.csv',
  utf8(`First Name,Last Name,Email
`),
);

write(
  'no-name-column.csv',
  utf8(`Timestamp,Email Address,Score
2024/06/01 8:01:02 AM GMT+1,amara@example.com,10
2024/06/01 8:04:45 AM GMT+1,wei@example.com,9
`),
);

write(
  'unclosed-quote.csv',
  utf8(`Name,Email
Amara Okafor,amara@example.com
"Wei Zhang,wei@example.com
Priya Natarajan,priya@example.com
`),
);

// --- broken and unsupported files ---
write('empty.csv', Buffer.alloc(0));
write('whitespace-only.csv', utf8('\r\n  \r\n\t\r\n'));
write(
  'nul-bytes.csv',
  Buffer.concat([
    utf8('Name,Email\nAmara Okafor,amara@example.com\n'),
    Buffer.from([0, 0, 0, 7, 0]),
    utf8('Wei\n'),
  ]),
);
write(
  'pdf-renamed.csv',
  utf8(
    '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  ),
);
write(
  'image.png',
  Buffer.from(
    '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
      '1f15c4890000000d49444154789c6300010000050001' +
      '0d0a2db40000000049454e44ae426082',
    'hex',
  ),
);
write('legacy.xls', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504, 0)]));
write('not-a-spreadsheet.zip', zip([['readme.txt', 'Just some notes, not a roll.\n']]));
write(
  'spreadsheet.ods',
  zip([
    ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['content.xml', '<?xml version="1.0" encoding="UTF-8"?><office:document-content/>'],
  ]),
);
write('truncated.xlsx', readXlsxHead());
{
  // Deterministic "random" bytes (xorshift), with NULs, like a renamed executable.
  let x = 0x2545f491;
  const bytes = Buffer.alloc(2048);
  for (let i = 0; i < bytes.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  write('binary.bin', bytes);
}

function readXlsxHead() {
  // The first kilobyte of a real workbook: a download that stopped part-way.
  const full = xlsx([['Roll', [['Name'], ['Amara Okafor']]]]);
  return full.subarray(0, Math.min(600, full.length - 1));
}

console.log(`wrote fixtures to ${outDir}`);
