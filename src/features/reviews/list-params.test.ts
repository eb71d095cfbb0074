import { describe, expect, it } from 'vitest';
import {
  apiParamsFromFilters,
  filtersFromSearch,
  hasActiveFilters,
  searchFromFilters,
  type ListFilters,
} from './list-params';

const parse = (qs: string) => filtersFromSearch(new URLSearchParams(qs));

describe('review list URL ↔ filters', () => {
  it('reads every filter, the search text and the sort from the URL and writes the same URL back', () => {
    const qs =
      'status=NOT_YET_STARTED&status=IN_PROGRESS&type=SOC_REPORT&decision=REJECTED&q=acme+cloud&sort=title&dir=ASC';
    const filters = parse(qs);
    expect(filters).toEqual({
      status: ['NOT_YET_STARTED', 'IN_PROGRESS'],
      type: ['SOC_REPORT'],
      decision: ['REJECTED'],
      q: 'acme cloud',
      sort: 'title',
      dir: 'ASC',
    });
    expect(searchFromFilters(filters).toString()).toBe(qs);
  });

  it('gives the plain URL for the defaults, both ways', () => {
    const filters = parse('');
    expect(filters).toEqual({ status: [], type: [], decision: [], q: '', sort: 'createdAt', dir: 'DESC' });
    expect(searchFromFilters(filters).toString()).toBe('');
    expect(hasActiveFilters(filters)).toBe(false);
  });

  it('drops values a hand-edited URL may carry instead of failing', () => {
    expect(parse('status=BOGUS&status=COMPLETED&sort=drop+table&dir=sideways&type=soc_report')).toMatchObject(
      {
        status: ['COMPLETED'],
        type: [],
        sort: 'createdAt',
        dir: 'DESC',
      },
    );
  });

  it('orders multi-select values as the enum does, so one selection has one URL', () => {
    const a = searchFromFilters(parse('status=COMPLETED&status=NOT_YET_STARTED')).toString();
    const b = searchFromFilters(parse('status=NOT_YET_STARTED&status=COMPLETED')).toString();
    expect(a).toBe(b);
  });

  it('turns filters into the API query of operation 1, blank search left out', () => {
    const filters: ListFilters = {
      status: ['IN_PROGRESS'],
      type: [],
      decision: [],
      q: '   ',
      sort: 'reviewDeadlineAt',
      dir: 'ASC',
    };
    expect(apiParamsFromFilters(filters)).toEqual({
      'status[]': ['IN_PROGRESS'],
      'type[]': [],
      'decision[]': [],
      q: undefined,
      sort: 'reviewDeadlineAt',
      sortDir: 'ASC',
      'expand[]': ['vendor', 'user'],
    });
    expect(hasActiveFilters(filters)).toBe(true);
  });
});
