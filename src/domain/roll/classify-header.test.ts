import { describe, expect, it } from 'vitest';
import { classifyHeader, normaliseHeader } from './classify-header';
import type { HeaderRole } from './header-synonyms';

const headers: [language: string, header: string, role: HeaderRole][] = [
  ['en', 'Name', 'nameish'],
  ['en', 'Full name', 'name'],
  ['en', 'First Name', 'first'],
  ['en', 'Last Name', 'last'],
  ['en', 'Surname', 'last'],
  ['en', 'Given name', 'first'],
  ['en', 'Family name', 'last'],
  ['en', 'E-mail', 'email'],
  ['en', 'Email Address', 'email'],
  ['en', 'ID', 'id'],
  ['en', 'Group', 'group'],
  ['en', 'Name (Original Name)', 'name'],
  ['en', 'User Email', 'email'],
  ['en', 'Join Time', 'other'],
  ['en', 'Duration (Minutes)', 'other'],
  ['en', 'Registration Time', 'other'],
  ['en', 'Approval Status', 'status'],
  ['en', 'Attendee #', 'id'],
  ['en', 'Ticket Type', 'other'],
  ['en', 'Timestamp', 'other'],
  ['en', 'Topic', 'meta'],
  ['en', 'What is your full name?', 'name'],
  ['en', "Student's full name *", 'name'],
  ['en', 'Parent/guardian name', 'other'],
  ['en', 'Emergency contact name', 'other'],
  ['en', 'Which class are you in?', 'group'],
  ['en', 'Student ID number', 'id'],
  ['fil', 'Pangalan', 'nameish'],
  ['fil', 'Buong Pangalan', 'name'],
  ['fil', 'Apelyido', 'last'],
  ['fil', 'Unang Pangalan', 'first'],
  ['fil', 'Gitnang Pangalan', 'middle'],
  ['fil', 'Seksyon', 'group'],
  ['fr', 'Nom', 'nameish'],
  ['fr', 'Prénom', 'first'],
  ['fr', 'Nom complet', 'name'],
  ['fr', 'Nom et prénom', 'name'],
  ['fr', 'Courriel', 'email'],
  ['fr', 'Adresse e-mail', 'email'],
  ['fr', 'Groupe', 'group'],
  ['fr', 'Élève', 'name'],
  ['fr', "Nom de l'enfant", 'name'],
  ['de', 'Vorname', 'first'],
  ['de', 'Nachname', 'last'],
  ['de', 'E-Mail', 'email'],
  ['de', 'E-Mail-Adresse', 'email'],
  ['de', 'Gruppe', 'group'],
  ['de', 'Vollständiger Name', 'name'],
  ['de', 'Teilnehmer:in', 'name'],
  ['es', 'Nombre', 'nameish'],
  ['es', 'Apellido', 'last'],
  ['es', 'Apellidos', 'last'],
  ['es', 'Apellido materno', 'secondLast'],
  ['es', 'Nombre completo', 'name'],
  ['es', 'Correo electrónico', 'email'],
  ['es', 'Grupo', 'group'],
  ['id', 'Nama', 'nameish'],
  ['id', 'Nama depan', 'first'],
  ['id', 'Nama belakang', 'last'],
  ['id', 'Nama Lengkap', 'name'],
  ['id', 'Surel', 'email'],
  ['id', 'Kelas', 'group'],
  ['id', 'NIM', 'id'],
  ['ja', '名前', 'nameish'],
  ['ja', '氏名', 'name'],
  ['ja', '氏名（必須）', 'name'],
  ['ja', '姓', 'last'],
  ['ja', '名', 'first'],
  ['ja', 'メールアドレス', 'email'],
  ['ja', 'グループ', 'group'],
  ['ja', '学籍番号', 'id'],
  ['ja', 'フリガナ', 'other'],
  ['ja', '氏名（フリガナ）', 'other'],
  ['ja', '名前(元の名前)', 'name'],
];

describe('classifyHeader', () => {
  it.each(headers)('%s: %s → %s', (_, header, role) => {
    expect(classifyHeader(header)?.role).toBe(role);
  });

  it.each([
    'Name (Original Name)',
    'User Name (Original Name)',
    '名前(元の名前)',
    'Nombre (nombre original)',
  ])('marks Zoom’s renamed-name column %s', (header) => {
    expect(classifyHeader(header)).toMatchObject({ originalName: true, personTable: true });
  });

  it.each(['Any dietary needs?', 'Favourite colour', '', '   ', '12345'])(
    'does not know %j',
    (header) => {
      expect(classifyHeader(header)).toBeNull();
    },
  );

  it('normalises case, accents, width and punctuation', () => {
    expect(normaliseHeader('  ＥＭＡＩＬ–Adresse ')).toBe('email adresse');
    expect(normaliseHeader('Prénom:')).toBe('prenom');
    expect(normaliseHeader('Attendee #')).toBe('attendee #');
  });
});
