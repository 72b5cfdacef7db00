import { describe, expect, it } from 'vitest';
import { backupScheduleOf, comparisonSettingsOf, ConfigError, DEFAULT_CHROMIUM_PATH, loadConfig, openDataSettingsOf } from './config.js';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    expect(loadConfig({})).toMatchObject({ HOST: '127.0.0.1', PORT: 3000, KOMPASS_DATA_DIR: './data', KOMPASS_DEMO: 'auto' });
  });

  it('prints PDFs with Debian\'s Chromium unless CHROMIUM_PATH names another', () => {
    expect(loadConfig({}).CHROMIUM_PATH).toBe(DEFAULT_CHROMIUM_PATH);
    expect(loadConfig({ CHROMIUM_PATH: '/opt/chromium/chrome' }).CHROMIUM_PATH).toBe('/opt/chromium/chrome');
    expect(loadConfig({ CHROMIUM_PATH: '' }).CHROMIUM_PATH).toBe(DEFAULT_CHROMIUM_PATH);
  });

  it('schedules backups only when KOMPASS_BACKUP_DIR is set (daily, the newest 7 kept, by default)', () => {
    expect(backupScheduleOf(loadConfig({}))).toBeNull();
    expect(backupScheduleOf(loadConfig({ KOMPASS_BACKUP_DIR: '/var/backups/kompass' }))).toEqual({ directory: '/var/backups/kompass', intervalHours: 24, keep: 7 });
    expect(backupScheduleOf(loadConfig({ KOMPASS_BACKUP_DIR: 'b', KOMPASS_BACKUP_INTERVAL_HOURS: '6', KOMPASS_BACKUP_KEEP: '28' }))).toEqual({ directory: 'b', intervalHours: 6, keep: 28 });
    expect(() => loadConfig({ KOMPASS_BACKUP_INTERVAL_HOURS: '0', KOMPASS_BACKUP_KEEP: '0' })).toThrow(/KOMPASS_BACKUP_INTERVAL_HOURS:[\s\S]*KOMPASS_BACKUP_KEEP:/);
  });

  it('names the open-data publisher Kommunkompassen, with no contact e-mail or public address, unless configured', () => {
    expect(openDataSettingsOf(loadConfig({}))).toEqual({ publisherName: 'Kommunkompassen' });
    expect(
      openDataSettingsOf(
        loadConfig({
          KOMPASS_PUBLISHER_NAME: ' Sveriges Kommuner och Regioner ',
          KOMPASS_PUBLISHER_URI: 'https://skr.se/',
          KOMPASS_PUBLISHER_TYPE: 'NonProfitOrganisation',
          KOMPASS_CONTACT_EMAIL: 'oppnadata@example.se',
          PUBLIC_URL: 'https://kompass.example.se/',
        }),
      ),
    ).toEqual({
      publisherName: 'Sveriges Kommuner och Regioner',
      publisherUri: 'https://skr.se/',
      publisherType: 'NonProfitOrganisation',
      contactEmail: 'oppnadata@example.se',
      publicUrl: 'https://kompass.example.se',
    });
    expect(() => loadConfig({ KOMPASS_CONTACT_EMAIL: 'not an address', KOMPASS_PUBLISHER_TYPE: 'Municipality' })).toThrow(/KOMPASS_PUBLISHER_TYPE:[\s\S]*KOMPASS_CONTACT_EMAIL:|KOMPASS_CONTACT_EMAIL:[\s\S]*KOMPASS_PUBLISHER_TYPE:/);
  });

  it('names every bad variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://x', KOMPASS_DEMO: 'yes' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT:');
    expect(message).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
    expect(message).toContain('KOMPASS_DEMO:');
  });
});

describe('population classes for comparisons', () => {
  it('default to four classes: up to 20 000, 20 001–50 000, 50 001–100 000 and over 100 000', () => {
    expect(comparisonSettingsOf(loadConfig({})).populationClasses.map((entry) => entry.id)).toEqual(['upto-20000', '20001-50000', '50001-100000', 'over-100000']);
  });

  it('follow KOMPASS_POPULATION_CLASSES', () => {
    const classes = comparisonSettingsOf(loadConfig({ KOMPASS_POPULATION_CLASSES: '10000,30000' })).populationClasses;
    expect(classes).toEqual([
      { id: 'upto-10000', min: 0, max: 10000 },
      { id: '10001-30000', min: 10001, max: 30000 },
      { id: 'over-30000', min: 30001, max: null },
    ]);
  });

  it('refuse limits that are not ascending whole numbers', () => {
    for (const value of ['20000,10000', '20000;50000', '0,5', 'many']) {
      expect(() => loadConfig({ KOMPASS_POPULATION_CLASSES: value }), value).toThrow(/KOMPASS_POPULATION_CLASSES/);
    }
  });
});
