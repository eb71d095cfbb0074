import { describe, expect, it } from 'vitest';
import {
  MAX_ZOOM,
  MIN_ZOOM,
  clampPage,
  effectiveScale,
  fitWidthScale,
  pageAt,
  parsePageInput,
  zoomIn,
  zoomLabel,
  zoomOut,
} from './viewer-math';

describe('page numbers', () => {
  it('clamps to the document', () => {
    expect(clampPage(0, 12)).toBe(1);
    expect(clampPage(-3, 12)).toBe(1);
    expect(clampPage(13, 12)).toBe(12);
    expect(clampPage(7.8, 12)).toBe(7);
    expect(clampPage(Number.NaN, 12)).toBe(1);
    expect(clampPage(5, 0)).toBe(1);
  });

  it('reads the Page box: whole numbers only, clamped; anything else keeps the current page', () => {
    expect(parsePageInput(' 4 ', 10)).toBe(4);
    expect(parsePageInput('99', 10)).toBe(10);
    expect(parsePageInput('0', 10)).toBe(1);
    expect(parsePageInput('', 10)).toBeNull();
    expect(parsePageInput('2a', 10)).toBeNull();
    expect(parsePageInput('-2', 10)).toBeNull();
    expect(parsePageInput('1.5', 10)).toBeNull();
  });

  it('knows which page is in view', () => {
    const tops = [0, 1000, 2000, 3000];
    expect(pageAt(tops, 0, 900)).toBe(1);
    expect(pageAt(tops, 800, 900)).toBe(2); // page 2's top is above the line a third down the view
    expect(pageAt(tops, 600, 900)).toBe(1);
    expect(pageAt(tops, 5000, 900)).toBe(4);
    expect(pageAt([], 0, 900)).toBe(1);
  });
});

describe('zoom', () => {
  it('steps in and out through the fixed steps, from any scale', () => {
    expect(zoomIn(1)).toBe(1.1);
    expect(zoomOut(1)).toBe(0.9);
    expect(zoomIn(1.03)).toBe(1.1); // from a fit-width scale
    expect(zoomOut(1.03)).toBe(1);
    expect(zoomIn(MAX_ZOOM)).toBe(MAX_ZOOM);
    expect(zoomOut(MIN_ZOOM)).toBe(MIN_ZOOM);
    expect(zoomIn(0.1)).toBe(MIN_ZOOM);
  });

  it('fits the page width within the zoom range', () => {
    expect(fitWidthScale(612, 612)).toBe(1);
    expect(fitWidthScale(918, 612)).toBe(1.5);
    expect(fitWidthScale(100, 612)).toBe(MIN_ZOOM);
    expect(fitWidthScale(10_000, 612)).toBe(MAX_ZOOM);
    expect(fitWidthScale(0, 612)).toBe(1);
    expect(effectiveScale({ mode: 'fit' }, 918, 612)).toBe(1.5);
    expect(effectiveScale({ mode: 'scale', value: 2 }, 918, 612)).toBe(2);
  });

  it('labels the zoom in percent', () => {
    expect(zoomLabel(1)).toBe('100%');
    expect(zoomLabel(0.667)).toBe('67%');
  });
});
