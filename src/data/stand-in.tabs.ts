/**
 * The stand-in figures of the elements that <occ-profile> loads when their tab is shown (see
 * stand-in.ts): a module of their own, so the profile's first download leaves them out.
 */
import { filler, label } from './filler.js';
import type { OccupationProfile } from './types.js';

const group = 'Health technologists and technicians';
// Short chart labels: filler that wraps like the label it replaces at every width from 320 to
// 1200 px, in the tests' font and the benchmark's system-ui (longer ones have no such length).
const total = label(14);
const offices = label(12);
const title = 'Medical records and health information technicians';

export const STAND_IN_PAY: OccupationProfile['pay'] = {
  period: 'May 2018',
  medians: [
    { label: group, annual: 44700 },
    { label: title, annual: 40350, hourly: 19.4, focus: true },
    { label: total, annual: 38640 },
  ],
  percentiles: { annual: { p10: 26550, p50: 40350, p90: 66260 } },
  industries: [
    { industry: 'Hospitals; state, local, and private', annual: 43470 },
    { industry: 'Professional, scientific, and technical services', annual: 41890 },
    { industry: 'Administrative and support services', annual: 41800 },
    { industry: 'Nursing care facilities (skilled nursing facilities)', annual: 37630 },
    { industry: offices, annual: 35520 },
  ],
};

export const STAND_IN_OUTLOOK: OccupationProfile['outlook'] = {
  startYear: 2018,
  endYear: 2028,
  averagePercent: 5,
  changes: [
    { label: title, percent: 11, focus: true },
    { label: group, percent: 10 },
    { label: total, percent: 5 },
  ],
  projections: [
    {
      title,
      soc: '29-2071',
      employment: 215500,
      projectedEmployment: 238600,
      changePercent: 11,
      changeCount: 23100,
    },
  ],
};

export const STAND_IN_EMPLOYERS: OccupationProfile['employers'] = {
  year: 2018,
  industries: [
    { industry: 'Hospitals; state, local, and private', percent: 34 },
    { industry: offices, percent: 19 },
    { industry: 'Professional, scientific, and technical services', percent: 8 },
    { industry: 'Administrative and support services', percent: 7 },
    { industry: 'Nursing care facilities (skilled nursing facilities)', percent: 5 },
  ],
};

// Similar occupations: links only need a URL, not the real one. Two duties are filler that wraps
// to the reference's lines at every width from 320 to 1200 px, in the tests' default font and in
// the benchmark's system-ui; no filler length does that for the others.
export const STAND_IN_SIMILAR: OccupationProfile['similar'] = [
  {
    title: 'Medical transcriptionists',
    duties: filler(133),
    entryLevelEducation: 'Postsecondary nondegree award',
    medianPay: 34770,
    url: 'https://www.bls.gov/ooh/',
  },
  {
    title: 'Medical and health services managers',
    duties:
      'Medical and health services managers plan, direct, and coordinate the business activities of healthcare providers.',
    entryLevelEducation: "Bachelor's degree",
    medianPay: 99730,
    url: 'https://www.bls.gov/ooh/',
  },
  {
    title: 'Information clerks',
    duties:
      'Information clerks perform routine clerical duties, maintain records, collect data, and provide information to customers.',
    entryLevelEducation: 'See How to Become One',
    medianPay: 34520,
    url: 'https://www.bls.gov/ooh/',
  },
  {
    title: 'Pharmacy technicians',
    duties:
      'Pharmacy technicians help pharmacists dispense prescription medication to customers or health professionals.',
    entryLevelEducation: 'High school diploma or equivalent',
    medianPay: 32700,
    url: 'https://www.bls.gov/ooh/',
  },
  {
    title: 'Medical assistants',
    duties: filler(122),
    entryLevelEducation: 'Postsecondary nondegree award',
    medianPay: 33610,
    url: 'https://www.bls.gov/ooh/',
  },
];
