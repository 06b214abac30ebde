import type { RespondentSpec } from '../respondent-spec';
import { dataDeskReview } from './desk-01-data-review';
import { licensingRapidScan } from './int-01-rapid-scan-licensing';
import { policeInterview } from './int-02-police';
import { labourStandardsInterview } from './int-03-labour-standards';
import { youthShelterInterview } from './int-04-youth-shelter';
import { schoolBoardInterview } from './int-05-school-board';
import { migrantCentreInterview } from './int-06-migrant-centre';
import { childProtectionInterview } from './int-07-child-protection';
import { communityWorkshop } from './ws-01-community-workshop';

/** Every respondent, in the order the audit team created them (the codes follow it). */
export function exampleRespondents(): RespondentSpec[] {
  return [
    licensingRapidScan(),
    policeInterview(),
    labourStandardsInterview(),
    youthShelterInterview(),
    schoolBoardInterview(),
    migrantCentreInterview(),
    childProtectionInterview(),
    dataDeskReview(),
    communityWorkshop(),
  ];
}
