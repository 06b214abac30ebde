import { useLanguage } from '../../components/language-context';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** "12 MB" / "12 Mo": sizes through Intl unit formatting, in the person's language. */
export function useBytes(): (value: number) => string {
  const { language } = useLanguage();
  return (value) => {
    let unit = 0;
    let amount = value;
    while (amount >= 1024 && unit < UNITS.length - 1) {
      amount /= 1024;
      unit++;
    }
    return new Intl.NumberFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { style: 'unit', unit: UNITS[unit], unitDisplay: 'short', maximumFractionDigits: amount < 10 ? 1 : 0 }).format(amount);
  };
}
