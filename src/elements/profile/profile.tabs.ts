/**
 * Which OOH tabs a profile can fill, in the OOH's order. A tab is shown when its section has
 * text or when an element has data for it; a profile with only quick facts shows only Summary.
 */
import { nothing } from 'lit';
import { renderDataTable } from '../../core/data-table.js';
import { payPeriod } from '../../data/periods.js';
import { formatWage } from '../../data/format.js';
import type { PayText } from '../pay-chart/pay-chart.layout.js';
import {
  SECTION_IDS,
  type OccupationProfile,
  type Section,
  type SectionId,
} from '../../data/types.js';

const hasText = (section?: Section) => Boolean(section?.blocks?.length || section?.about);

/** The data (besides the tab's own text) that fills each tab. */
const DATA: Record<SectionId, (profile: OccupationProfile) => unknown> = {
  summary: (p) => p.quickFacts && Object.keys(p.quickFacts).length,
  'what-they-do': () => false,
  'work-environment': (p) => p.employers?.industries?.length,
  'how-to-become-one': () => false,
  // Quick facts alone show in Summary; Pay and Job Outlook need their own data.
  pay: (p) => p.pay?.medians?.length || p.pay?.percentiles || p.pay?.industries?.length,
  'job-outlook': (p) => p.outlook?.changes?.length || p.outlook?.projections?.length,
  'state-and-area': () => false,
  'similar-occupations': (p) => p.similar?.length,
  'more-information': (p) => p.contacts?.length,
};

export function sectionOf(profile: OccupationProfile, id: SectionId): Section | undefined {
  return profile.sections?.find((section) => section.id === id);
}

export function availableTabs(profile: OccupationProfile): SectionId[] {
  return SECTION_IDS.filter((id) => hasText(sectionOf(profile, id)) || Boolean(DATA[id](profile)));
}

/** The contacts grouped under the sentence each is listed under, in data order. */
export function groupContacts(profile: OccupationProfile) {
  const groups = new Map<string, NonNullable<OccupationProfile['contacts']>>();
  for (const contact of profile.contacts ?? []) {
    const key = contact.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), contact]);
  }
  return [...groups].map(([group, contacts]) => ({ group, contacts }));
}

/**
 * The Pay tab's table of median wages in the top industries, which the profile places after the
 * paragraph introducing it (the pay chart, which shows it otherwise, then leaves it out).
 */
export function industriesTable(
  profile: OccupationProfile,
  strings: PayText['strings'],
  locale: string,
) {
  const industries = profile.pay?.industries?.filter((row) => row.annual !== undefined) ?? [];
  if (!industries.length) return nothing;
  return renderDataTable({
    caption: strings.industriesTitle(false, payPeriod(profile)),
    columns: [strings.industry, strings.medianWage(false)],
    rows: industries.map((row) => ({
      header: row.industry,
      value: formatWage(row.annual!, locale, strings.orMore),
    })),
  });
}
