// Sums in millions of yuan, as each language writes large amounts (the glossary's "yuan" entry):
// en "120 million yuan", "1.2 billion yuan"; ja "1億2,000万元", "6,000万元"; zh "1.2亿元", "6000万元".
import type { Language } from '../core';

export function millionsOfYuan(millions: number, language: Language): string {
  const negative = millions < 0 ? '-' : '';
  const m = Math.abs(millions);
  if (language === 'en') return m >= 1000 ? `${negative}${m / 1000} billion yuan` : `${negative}${m} million yuan`;
  const oku = Math.floor(m / 100);
  const man = (m % 100) * 100;
  if (language === 'ja') {
    if (oku === 0) return `${negative}${man.toLocaleString('en-US')}万元`;
    return `${negative}${oku}億${man > 0 ? `${man.toLocaleString('en-US')}万` : ''}元`;
  }
  return oku === 0 ? `${negative}${man}万元` : `${negative}${m / 100}亿元`;
}
