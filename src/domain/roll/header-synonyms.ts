// Header names in the languages Doorkeeper ships (en, fil, fr, de, id, ja, es), written in
// normalised form (see normaliseHeader: lower case, Latin accents dropped, punctuation as spaces).

/**
 * - nameish: "Name", "Nom", "Nombre"… a full name on its own, but the family (or given) name
 *   when the file also has a given (or family) name column.
 * - other: a known column that never holds names (time, duration, phone…).
 * - meta: a column of a report's summary block (Zoom's "Topic", "Meeting ID"…), not of a roll.
 */
export type HeaderRole =
  | 'name'
  | 'nameish'
  | 'first'
  | 'middle'
  | 'last'
  | 'secondLast'
  | 'email'
  | 'id'
  | 'idWeak'
  | 'group'
  | 'status'
  | 'other'
  | 'meta';

// prettier-ignore
export const EXACT_HEADERS: Readonly<Record<HeaderRole, readonly string[]>> = {
  name: [
    // en (Zoom's reports, Google Forms, Eventbrite, school rosters)
    'full name', 'fullname', 'name original name', 'user name original name', 'user name', 'display name',
    'participant', 'participant name', 'participant full name', 'attendee', 'attendee name', 'student',
    'student name', 'student full name', 'learner', 'learner name', 'pupil', 'pupil name', 'member name',
    'your name', 'your full name', 'what is your name', 'what s your name', 'whats your name',
    'name and surname', 'first and last name', 'first name and last name', 'name surname',
    'full legal name', 'legal name', 'complete name', 'registrant', 'registrant name', 'employee name',
    'trainee', 'delegate', 'delegate name', 'child name', 'child s name', 'person', 'contact name',
    // fil
    'buong pangalan', 'kumpletong pangalan', 'pangalan ng mag aaral', 'pangalan ng estudyante',
    'pangalan ng kalahok', 'kalahok', 'mag aaral', 'estudyante', 'pangalan at apelyido', 'buong pangalan mo',
    // fr
    'nom complet', 'nom et prenom', 'nom prenom', 'prenom nom', 'prenom et nom', 'nom et prenoms',
    'nom prenoms', 'nom de l eleve', 'eleve', 'etudiant', 'etudiante', 'nom de l etudiant', 'participante',
    'nom du participant', 'nom de la personne', 'votre nom', 'apprenant', 'stagiaire', 'nom d utilisateur',
    // de
    'vollstandiger name', 'vor und nachname', 'vor und zuname', 'vorname und nachname', 'vorname nachname',
    'nachname vorname', 'name vorname', 'teilnehmer', 'teilnehmerin', 'teilnehmer in', 'teilnehmende',
    'teilnehmername', 'name des teilnehmers', 'schuler', 'schulerin', 'schuler in', 'ihr name',
    'mitarbeiter', 'mitarbeiterin', 'benutzername',
    // es
    'nombre completo', 'nombre y apellido', 'nombre y apellidos', 'nombres y apellidos', 'apellidos y nombre',
    'apellidos y nombres', 'apellido y nombre', 'apellidos nombre', 'nombre apellidos', 'alumno', 'alumna',
    'estudiante', 'asistente', 'nombre del alumno', 'nombre del estudiante', 'nombre del participante',
    'tu nombre', 'su nombre', 'nombre de usuario',
    // id
    'nama lengkap', 'nama peserta', 'peserta', 'nama siswa', 'siswa', 'nama mahasiswa', 'mahasiswa',
    'nama anggota', 'nama karyawan', 'nama murid', 'murid', 'nama pegawai', 'nama pengguna',
    // ja
    '氏名', 'お名前', 'フルネーム', '参加者名', '参加者', '参加者氏名', '生徒名', '生徒氏名', '学生名',
    '学生氏名', '受講者名', '受講者', 'ユーザー名', '名前 元の名前', 'ユーザー名 元の名前', '表示名',
  ],
  nameish: ['name', 'names', 'nom', 'noms', 'nombre', 'nombres', 'nama', 'pangalan', 'namen', '名前'],
  first: [
    'first name', 'firstname', 'first', 'given name', 'given names', 'givenname', 'forename', 'forenames',
    'fname', 'first names', 'prenom', 'prenoms', 'vorname', 'vornamen', 'rufname', 'primer nombre',
    'nombre de pila', 'nama depan', 'nama awal', 'nama kecil', 'unang pangalan', '名', '下の名前',
    'ファーストネーム', 'めい',
  ],
  middle: [
    'middle name', 'middle names', 'middle initial', 'middle', 'gitnang pangalan', 'gitnang inisyal',
    'segundo nombre', 'deuxieme prenom', 'zweiter vorname', 'weitere vornamen', 'nama tengah', 'ミドルネーム',
  ],
  last: [
    'last name', 'lastname', 'last', 'surname', 'surnames', 'family name', 'familyname', 'lname',
    'nom de famille', 'nachname', 'familienname', 'zuname', 'apellido', 'apellidos', 'primer apellido',
    'apellido paterno', 'nama belakang', 'nama keluarga', 'marga', 'apelyido', 'huling pangalan', '姓',
    '苗字', '名字', 'ラストネーム', '氏', 'せい',
  ],
  secondLast: ['segundo apellido', 'apellido materno'],
  email: [
    'email', 'e mail', 'email address', 'e mail address', 'emailaddress', 'mail', 'user email',
    'registrant email', 'attendee email', 'student email', 'your email', 'mail address',
    'courriel', 'adresse courriel', 'adresse e mail', 'adresse email', 'adresse electronique', 'adresse mail',
    'mel', 'e mail adresse', 'email adresse', 'mailadresse', 'correo', 'correo electronico', 'correo e',
    'direccion de correo', 'direccion de correo electronico', 'surel', 'alamat email', 'alamat e mail',
    'alamat surel', 'メール', 'メールアドレス', 'eメール', 'eメールアドレス', '電子メール',
    'ユーザーメール', 'ユーザーのメール',
  ],
  id: [
    'id', 'student id', 'student number', 'student no', 'student id number', 'id number', 'id no',
    'employee id', 'employee number', 'member id', 'member number', 'attendee #', 'attendee number',
    'attendee id', 'registration id', 'registrant id', 'participant id', 'badge number', 'badge id',
    'roll number', 'roll no', 'matricula', 'no matricula', 'numero de matricula', 'numero de estudiante',
    'numero de alumno', 'identifiant', 'numero etudiant', 'numero d etudiant', 'matricule',
    'matrikelnummer', 'matrikel nr', 'personalnummer', 'mitgliedsnummer', 'schulernummer', 'kennung',
    'nim', 'nis', 'nisn', 'nip', 'no induk', 'nomor induk', 'nomor induk siswa', 'lrn', 'student id no',
    '学籍番号', '社員番号', '会員番号', '受講番号', '受験番号', '出席番号', 'id番号', '整理番号',
    '参加者id', 'ユーザーid',
  ],
  idWeak: ['#', 'no', 'nr', 'num', 'numero', 'nomor', 'bilang', 'n', '番号', 'no #'],
  group: [
    'group', 'groups', 'class', 'section', 'team', 'cohort', 'department', 'dept', 'breakout room',
    'room', 'division', 'homeroom', 'year group', 'form', 'grade', 'course', 'track', 'class name',
    'group name', 'team name', 'grupo', 'clase', 'seccion', 'equipo', 'curso', 'grado', 'departamento',
    'groupe', 'classe', 'equipe', 'promotion', 'promo', 'gruppe', 'klasse', 'kurs', 'abteilung',
    'mannschaft', 'kelompok', 'kelas', 'grup', 'rombel', 'jurusan', 'tim', 'divisi', 'seksyon', 'pangkat',
    'baitang', 'グループ', 'クラス', '組', '班', '所属', '部署', '学年', 'チーム',
  ],
  status: [
    'approval status', 'status', 'attendee status', 'registration status', 'estado', 'statut', 'estatus',
    '承認状況', 'ステータス',
  ],
  other: [
    'timestamp', 'marca temporal', 'horodateur', 'horodatage', 'zeitstempel', 'stempel waktu', 'タイムスタンプ',
    'join time', 'leave time', 'duration', 'duration minutes', 'guest', 'recording consent',
    'in waiting room', 'registration time', 'phone', 'phone number', 'mobile', 'telephone', 'telefono',
    'telefon', 'telefonnummer', 'nomor telepon', 'no hp', 'numero de telephone', '電話番号', 'city',
    'country', 'country region', 'state', 'province', 'zip', 'postal code', 'address', 'organization',
    'organisation', 'company', 'job title', 'industry', 'ticket type', 'order #', 'order number',
    'order date', 'quantity', 'total paid', 'eventbrite fees', 'eventbrite payment processing',
    'order type', 'checked in', 'check in', 'created', 'date', 'fecha', 'datum', 'tanggal', '日付',
    'score', 'total score', 'puntuacion', 'note', 'notes', 'comment', 'comments', 'remarks', 'pronouns',
    'gender', 'age', 'birthday', 'date of birth', 'fecha de nacimiento', 'geburtsdatum', 'tanggal lahir',
    'フリガナ', 'ふりがな', 'よみがな', 'カナ', '氏名 カナ', '氏名 フリガナ', 'source name',
    'how did you hear about us', 'attendance', 'attended', 'present', 'absent',
    'preferred name', 'preferred first name', 'nickname', 'apodo', 'surnom', 'spitzname',
    'nama panggilan', 'palayaw', 'ニックネーム',
    '参加時刻', '退出時刻', '期間 分', 'ゲスト', '待機室', '録画同意',
  ],
  meta: [
    'topic', 'meeting id', 'webinar id', 'start time', 'end time', 'creation time', 'has zoom rooms',
    'participants', 'actual start time', 'actual duration minutes', '# registered', '# cancelled',
    'unique viewers', 'total users', 'max concurrent views', 'report generated', 'トピック',
    'ミーティングid', '開始時刻', '終了時刻', '参加者数',
  ],
};

/** Columns that exist only in a per-person table; they mark the real header under a summary. */
// prettier-ignore
export const PERSON_TABLE_HEADERS: ReadonlySet<string> = new Set([
  'name original name', 'user name original name', '名前 元の名前', 'join time', 'leave time',
  'registration time', 'approval status', 'attendee #', 'timestamp', 'ticket type', 'attendee status',
  'marca temporal', 'horodateur', 'zeitstempel', 'stempel waktu', 'タイムスタンプ', '参加時刻', '退出時刻',
]);

// Words for headers no table above spells out ("Student's preferred full name", "Nom de l'enfant").
// prettier-ignore
export const NAME_WORDS: ReadonlySet<string> = new Set([
  'name', 'names', 'nom', 'noms', 'nombre', 'nombres', 'nama', 'pangalan', 'namen', 'fullname',
]);
// prettier-ignore
export const FIRST_WORDS: ReadonlySet<string> = new Set([
  'first', 'given', 'forename', 'firstname', 'prenom', 'prenoms', 'vorname', 'vornamen', 'depan', 'unang',
]);
// prettier-ignore
export const LAST_WORDS: ReadonlySet<string> = new Set([
  'last', 'family', 'surname', 'surnames', 'lastname', 'nachname', 'familienname', 'zuname', 'apellido',
  'apellidos', 'belakang', 'keluarga', 'apelyido',
]);
export const MIDDLE_WORDS: ReadonlySet<string> = new Set(['middle', 'gitnang', 'tengah']);
// prettier-ignore
export const EMAIL_WORDS: ReadonlySet<string> = new Set([
  'email', 'mail', 'courriel', 'correo', 'surel', 'emailadresse', 'mailadresse', 'emails',
]);
// prettier-ignore
export const GROUP_WORDS: ReadonlySet<string> = new Set([
  'group', 'class', 'section', 'team', 'cohort', 'homeroom', 'grupo', 'clase', 'seccion', 'equipo',
  'groupe', 'classe', 'equipe', 'gruppe', 'klasse', 'kelompok', 'kelas', 'seksyon', 'pangkat',
]);
// prettier-ignore
export const ID_WORDS: ReadonlySet<string> = new Set([
  'id', 'number', 'no', 'nr', 'num', 'numero', 'nomor', 'matricula', 'matricule', '#', 'code', 'kode', 'codigo',
]);
// prettier-ignore
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'time', 'date', 'timestamp', 'duration', 'hora', 'fecha', 'heure', 'datum', 'zeit', 'waktu', 'tanggal',
  'oras', 'petsa', 'minutes', 'minutos',
]);
/** Words that make a name column about someone else, or about a thing. */
// prettier-ignore
export const NOT_THE_PERSON: ReadonlySet<string> = new Set([
  'parent', 'parents', 'guardian', 'mother', 'father', 'mom', 'dad', 'emergency', 'teacher', 'instructor',
  'tutor', 'host', 'company', 'organization', 'organisation', 'business', 'employer', 'school', 'university',
  'institution', 'event', 'course', 'ticket', 'file', 'product', 'meeting', 'topic', 'venue', 'city',
  'country', 'street', 'pet', 'nick', 'nickname', 'maiden', 'spouse', 'partner', 'sibling', 'reference',
  'referee', 'supervisor', 'manager', 'advisor', 'adviser', 'coach', 'doctor', 'insurance', 'bank',
  'padre', 'madre', 'apoderado', 'empresa', 'escuela', 'colegio', 'evento', 'padres', 'entreprise',
  'societe', 'ecole', 'evenement', 'eltern', 'vater', 'mutter', 'firma', 'unternehmen', 'schule',
  'veranstaltung', 'betreuer', 'lehrer', 'orang', 'wali', 'ayah', 'ibu', 'perusahaan', 'sekolah', 'acara',
  'guru', 'dosen', 'magulang', 'ama', 'ina', 'kompanya', 'paaralan', 'guro', 'sheet', 'tab',
]);
/** Words that make a name column clearly about the person on the roll. */
// prettier-ignore
export const THE_PERSON: ReadonlySet<string> = new Set([
  'student', 'students', 'participant', 'attendee', 'learner', 'pupil', 'member', 'child', 'kid',
  'employee', 'registrant', 'trainee', 'delegate', 'your', 'full', 'complete', 'legal', 'eleve', 'etudiant',
  'participante', 'alumno', 'alumna', 'estudiante', 'asistente', 'teilnehmer', 'teilnehmerin', 'schuler',
  'siswa', 'mahasiswa', 'peserta', 'murid', 'anggota', 'karyawan', 'pegawai', 'lengkap', 'kalahok',
  'estudyante', 'buong', 'kumpletong', 'completo', 'complet', 'vollstandiger', 'enfant', 'kind', 'anak',
  'hijo', 'hija', 'anak', 'bata', 'user', 'display', 'guest',
]);
/** Words inside "(…)" that mark Zoom's "Name (Original Name)" in any language. */
export const ORIGINAL_NAME_WORDS: readonly string[] = [
  'original',
  'origine',
  'ursprung',
  'urspr',
  '元の',
  'asli',
  'orihinal',
];
