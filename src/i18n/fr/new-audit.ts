import type { Messages } from '../messages';

export const newAudit: Messages['newAudit'] = {
  title: 'Nouvel audit',
  intro: 'Un audit réunit ce que disent les partenaires, la recherche documentaire et les groupes communautaires sur une localité. Vous pourrez ajouter des répondants une fois l’audit créé.',
  template: 'Modèle de questionnaire',
  templateHelp: 'Le questionnaire principal de l’audit. Un répondant peut en utiliser un autre (un groupe en atelier utilise habituellement le questionnaire communautaire).',
  locality: 'Localité',
  localityHelp: 'La municipalité, le quartier ou la région visée par l’audit.',
  leadOrganisation: 'Organisme responsable',
  periodStart: 'Période visée : du',
  periodEnd: 'Période visée : au',
  language: 'Langue du rapport',
  create: 'Créer l’audit',
  creating: 'Création en cours…',
  errorSummary: 'Veuillez corriger ce qui suit :',
  errors: {
    template: 'Choisissez un modèle de questionnaire.',
    locality: 'Indiquez la localité.',
    leadOrganisation: 'Indiquez l’organisme responsable.',
    tooLong: 'Ce texte est trop long.',
    periodOrder: 'La fin de la période précède son début.',
    templateUnavailable: 'Le modèle n’a pas pu être chargé. Rechargez l’application et réessayez.',
    templateInvalid: 'Le fichier du modèle est endommagé et ne peut pas être utilisé.',
  },
  version: 'version {{version}}',
};
