/** A gap a respondent wrote in their own words (items tagged measure "gap"), or a workshop contribution to one. */
export interface GapText {
  respondentId: string;
  itemId: string;
  text: string;
}
