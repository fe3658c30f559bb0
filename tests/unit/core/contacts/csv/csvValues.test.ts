import { describe, expect, it } from 'vitest';
import {
  dateOf,
  emailAddressOf,
  labelOf,
} from '../../../../../electron/core/contacts/csv/csvValues';

describe('dates as contact exports write them', () => {
  it.each([
    ['1990-04-15', { month: 4, day: 15, year: 1990 }],
    ['1990-04-15T00:00:00Z', { month: 4, day: 15, year: 1990 }],
    ['19900415', { month: 4, day: 15, year: 1990 }],
    ['--04-15', { month: 4, day: 15, year: null }],
    ['--0415', { month: 4, day: 15, year: null }],
    ['4/15/1990', { month: 4, day: 15, year: 1990 }],
    // Month first, as Outlook's US locale writes it, when both numbers could be a month.
    ['3/4/1990', { month: 3, day: 4, year: 1990 }],
    // A first number over 12 can only be a day.
    ['25/12/1990', { month: 12, day: 25, year: 1990 }],
    ['15.4.1990', { month: 4, day: 15, year: 1990 }],
    ['3.4.1990', { month: 4, day: 3, year: 1990 }],
    ['--02-29', { month: 2, day: 29, year: null }],
    // Apple's "year unknown".
    ['1604-02-03', { month: 2, day: 3, year: null }],
  ])('reads %s', (text, date) => {
    expect(dateOf(text)).toEqual(date);
  });

  it.each(['', '0/0/00', '0/0/0000', '00.00.0000', '1/1/4501'])('reads %j as no date', (text) => {
    expect(dateOf(text)).toBe('none');
  });

  it.each(['1990-02-30', '2/29/1991', '13/13/1990', '4/15/90', 'April 15', '15.13.1990'])(
    'refuses %s',
    (text) => {
      expect(dateOf(text)).toBeNull();
    },
  );
});

describe('labels and addresses', () => {
  it('takes off the star that marks the primary value and lower-cases standard labels', () => {
    expect(labelOf('* Work')).toEqual({ label: 'work', primary: true });
    expect(labelOf('* ')).toEqual({ label: '', primary: true });
    expect(labelOf('Home Fax')).toEqual({ label: 'home fax', primary: false });
    expect(labelOf('Cell')).toEqual({ label: 'mobile', primary: false });
    expect(labelOf("Grandma's")).toEqual({ label: "Grandma's", primary: false });
  });

  it('finds the address in a named or mailto: form, and refuses what is none', () => {
    expect(emailAddressOf('Ada Lovelace <ada@example.com>')).toBe('ada@example.com');
    expect(emailAddressOf('mailto:ada@example.com')).toBe('ada@example.com');
    expect(emailAddressOf('ada(at)example.com')).toBeNull();
    expect(emailAddressOf('ada@')).toBeNull();
  });
});
