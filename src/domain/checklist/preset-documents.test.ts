import { describe, expect, it } from 'vitest';
import { getPreset, GUIDANCE_DOCUMENTS, PRESET_IDS } from './presets';
import type { ChecklistItemId, GuidanceDocument, Preset, PresetId } from './types';

/*
 * What each guidance document says, and the preset that must agree with it. The repository has no
 * text of the five documents: a `quote` is only what issue 15 itself quotes from one (marked as
 * such); every other row states the requirement as the issue states it, naming the document as
 * the issue does. Nothing here is a quotation the issue does not make.
 */
interface Requirement {
  document: GuidanceDocument;
  /** Words issue 15 quotes from the document, or null where it only reports what it requires. */
  quote: string | null;
  requirement: string;
  preset: PresetId;
  holds: (preset: Preset) => boolean;
}

const severityOf = (preset: Preset, id: ChecklistItemId) =>
  preset.items.find((item) => item.id === id)?.severity;

const TABLE: readonly Requirement[] = [
  {
    document: 'coaching-firm-session-protocol',
    quote: 'we do not record',
    requirement: 'No recording: a cloud recording is a critical problem, with one-click Stop.',
    preset: 'class-coaching',
    holds: (p) => p.recording === 'forbidden' && severityOf(p, 'recording') === 'critical',
  },
  {
    document: 'coaching-firm-session-protocol',
    quote: null,
    requirement: 'Participants may share their screens: host-only sharing is not asked for.',
    preset: 'class-coaching',
    holds: (p) => p.participantScreenSharing && severityOf(p, 'screenSharing') === undefined,
  },
  {
    document: 'recovery-ministry-zoom-settings',
    quote: null,
    requirement: "Zoom's own Lock Meeting is prescribed: listed as required (critical).",
    preset: 'anonymous-support-group',
    holds: (p) => severityOf(p, 'zoomLock') === 'critical',
  },
  {
    document: 'recovery-ministry-zoom-settings',
    quote: null,
    requirement: 'Exports use initials only by default.',
    preset: 'anonymous-support-group',
    holds: (p) => p.initialsOnlyExport,
  },
  {
    document: 'recovery-ministry-zoom-settings',
    quote: null,
    requirement:
      '"Rename to the roll name" is not offered (it can reveal a surname); privacy names are.',
    preset: 'anonymous-support-group',
    holds: (p) => !p.rollNameRenames && p.privacyRenames,
  },
  {
    document: 'recovery-ministry-zoom-settings',
    quote: null,
    requirement: 'Verification by e-mail is off.',
    preset: 'anonymous-support-group',
    holds: (p) => !p.emailVerification,
  },
  {
    document: 'recovery-ministry-zoom-settings',
    quote: null,
    requirement: 'No recording.',
    preset: 'anonymous-support-group',
    holds: (p) => p.recording === 'forbidden' && severityOf(p, 'recording') === 'critical',
  },
];

describe('presets agree with the documents they follow', () => {
  it.each(TABLE.map((row) => [row.preset, row.document, row.requirement, row] as const))(
    '%s follows %s: %s',
    (id, document, _requirement, row) => {
      const preset = getPreset(id);
      expect(preset.documents).toContain(document);
      expect(row.holds(preset)).toBe(true);
    },
  );

  it('quotes only what issue 15 quotes', () => {
    expect(TABLE.flatMap((row) => (row.quote ? [row.quote] : []))).toEqual(['we do not record']);
  });

  it.each(PRESET_IDS)('%s names the documents it follows', (id) => {
    expect(getPreset(id).documents.length).toBeGreaterThan(0);
  });

  it('leaves none of the five documents without a preset', () => {
    const named = new Set(PRESET_IDS.flatMap((id) => getPreset(id).documents));
    expect([...named].sort()).toEqual([...GUIDANCE_DOCUMENTS].sort());
  });
});
