import { describe, expect, it } from 'vitest';
import {
  coAttendanceEvidence,
  coAttendanceStrength,
  combineStrengths,
  relationshipEvidence,
  sharedOrganizationTie,
} from '../../../../../electron/core/insights/graph/edgeRules';

const TODAY = '2026-11-23';

describe('edge rules', () => {
  it('words explicit relationships from the stored direction', () => {
    expect(relationshipEvidence('manager', '', 'Dana', 'Sam')).toBe('Dana manages Sam');
    expect(relationshipEvidence('colleague', '', 'Dana', 'Sam')).toBe('colleagues');
    expect(relationshipEvidence('introducer', '', 'Ada', 'Dana')).toBe('Ada introduced Dana');
    expect(relationshipEvidence('custom', 'mentor', 'Ada', 'Dana')).toBe('Ada is Dana’s mentor');
  });

  it('gives co-attendance diminishing returns', () => {
    expect([0, 1, 3, 6, 14, 100].map(coAttendanceStrength)).toEqual([0, 13, 32, 47, 58, 60]);
    expect(coAttendanceEvidence(4, 2)).toBe('together in 4 interactions and 2 meetings');
    expect(coAttendanceEvidence(0, 1)).toBe('together in 1 meeting');
  });

  it('reads shared organizations by overlapping dates', () => {
    const past = (startDate: string, endDate: string) => ({ startDate, endDate, current: false });
    expect(
      sharedOrganizationTie('Initech', past('2019', '2023'), past('2018', '2024'), TODAY),
    ).toEqual({ strength: 45, evidence: 'colleagues at Initech 2019–2023' });
    expect(
      sharedOrganizationTie('Initech', past('2019-03', '2019-06'), past('2019-05', '2020'), TODAY),
    ).toEqual({ strength: 45, evidence: 'colleagues at Initech in 2019' });
    expect(
      sharedOrganizationTie('Initech', past('2010', '2012'), past('2015', '2020'), TODAY),
    ).toBeNull();
    const now = { startDate: null, endDate: null, current: true };
    expect(sharedOrganizationTie('Initech', now, now, TODAY)).toEqual({
      strength: 45,
      evidence: 'both at Initech',
    });
    expect(
      sharedOrganizationTie(
        'Initech',
        { ...now, startDate: '2021' },
        past('2015', '2022-02'),
        TODAY,
      ),
    ).toEqual({ strength: 45, evidence: 'colleagues at Initech 2021–2022' });
    expect(
      sharedOrganizationTie(
        'Initech',
        { startDate: null, endDate: null, current: false },
        now,
        TODAY,
      ),
    ).toEqual({ strength: 25, evidence: 'both worked at Initech' });
  });

  it('combines several facts as independent chances', () => {
    expect(combineStrengths([70])).toBe(70);
    expect(combineStrengths([70, 40])).toBe(82);
    expect(combineStrengths([100, 10])).toBe(100);
    expect(combineStrengths([])).toBe(0);
  });
});
