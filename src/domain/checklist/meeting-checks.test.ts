import { describe, expect, it } from 'vitest';
import { clientTooOld, joinUrlCarriesPasscode, sensitiveTopicTerm } from './meeting-checks';

describe('sensitive topic', () => {
  it.each([
    ['Thursday HIV peer support', 'hiv'],
    ['Alcoholics Anonymous – Tuesday', 'alcoholics'],
    ['Groupe de parole VIH', 'vih'],
    ['Santé mentale : atelier', 'sante mentale'],
    ['Selbsthilfe Sucht Mittwoch', 'sucht'],
    ['Grupo de duelo', 'duelo'],
    ['依存症の集い', '依存症'],
    ['Kelompok kesehatan mental', 'kesehatan mental'],
  ])('%s reveals %s', (topic, term) => expect(sensitiveTopicTerm(topic)).toBe(term));

  it.each([
    'Thursday group',
    'Board meeting',
    'Aidsworth planning',
    'Mission statement',
    'Histoire',
  ])('%s reveals nothing (whole words only)', (topic) =>
    expect(sensitiveTopicTerm(topic)).toBeNull(),
  );
});

describe('join link', () => {
  it('spots the passcode in the link', () => {
    expect(joinUrlCarriesPasscode('https://us02web.zoom.us/j/81234567890?pwd=abc.1')).toBe(true);
    expect(joinUrlCarriesPasscode('https://zoom.us/j/81234567890')).toBe(false);
    expect(joinUrlCarriesPasscode('zoom.us/j/1?x=1&pwd=abc')).toBe(true);
  });
});

describe('client version', () => {
  it('is too old below 6.2.5, and not judged when unknown', () => {
    expect(clientTooOld('5.17.11')).toBe(true);
    expect(clientTooOld('6.2.5')).toBe(false);
    expect(clientTooOld('6.4.10')).toBe(false);
    expect(clientTooOld('')).toBe(false);
  });
});
