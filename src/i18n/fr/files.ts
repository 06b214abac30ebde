import type { Messages } from '../messages';

export const files: Messages['files'] = {
  export: 'Exporter cet audit',
  exportHelp: 'Enregistre l’audit complet (questionnaires, réponses et plan) dans un seul fichier, à garder comme copie de sauvegarde ou à ouvrir sur un autre appareil. Le fichier n’est pas chiffré : conservez-le avec autant de soin que les réponses elles-mêmes.',
  exported: 'L’audit a été enregistré sous {{file}}.',
  import: 'Ouvrir un fichier d’audit',
  importHelp: 'Un audit exporté par cette application sur n’importe quel appareil. Il est vérifié en entier avant tout enregistrement.',
  checking: 'Vérification du fichier…',
  rejected_one: '« {{file}} » ne peut pas être ouvert : {{count}} problème.',
  rejected_other: '« {{file}} » ne peut pas être ouvert : {{count}} problèmes.',
  unreadable: '« {{file}} » n’a pas pu être lu.',
  tooLarge: '« {{file}} » est trop volumineux pour être un fichier d’audit.',
  sameAuditTitle: 'Cet audit se trouve déjà sur cet appareil',
  sameAuditText: 'Le fichier contient l’audit de {{locality}}, qui se trouve déjà ici. Voulez-vous les fusionner (pour chaque réponse, la modification la plus récente est conservée) ou ouvrir le fichier comme une copie distincte?',
  merge: 'Fusionner',
  copy: 'Ouvrir comme copie',
  imported: '{{locality}} ouvert : {{respondents}} répondants ajoutés, {{added}} réponses ajoutées, {{updated}} mises à jour, {{kept}} conservées parce que la version présente ici est plus récente.',
  templateConflict: 'Ce fichier utilise le modèle {{template}} dont le contenu diffère de celui qui se trouve déjà sur cet appareil sous la même version. Rien n’a été modifié.',
  example: 'Explorer un exemple',
  exampleHelp: 'Une municipalité fictive avec des entrevues, une recherche documentaire, un groupe en atelier et un plan ébauché.',
  exampleFailed: 'L’exemple n’a pas pu être ouvert.',
};
