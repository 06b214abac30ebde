import type { Messages } from '../messages';

export const cli: Messages['cli'] = {
  usage: `Utilisation :
  npm run audit -- validate FICHIER... [--lang en|fr]
  npm run audit -- report LOT.json [--lang en|fr] [--out plan.pdf] [--date AAAA-MM-JJ]
Un fichier exporté avec une phrase de passe s’ouvre avec cette phrase dans la variable d’environnement LSA_PASSPHRASE.`,
  unknownCommand: 'Commande inconnue « {{command}} ».',
  badLanguage: 'La langue « {{value}} » n’est pas une langue de l’application : utilisez --lang en ou --lang fr.',
  unknownFlag: 'Option inconnue « {{flag}} ».',
  noFiles: 'Indiquez au moins un fichier à valider.',
  valid: '✓ {{file}} : modèle valide « {{id}} » {{version}} ({{items}} éléments; langues : {{languages}})',
  invalid_one: '✗ {{file}} : {{count}} problème',
  invalid_other: '✗ {{file}} : {{count}} problèmes',
  moreIssues: '  … et peut-être d’autres; corrigez d’abord ceux-ci.',
  unreadable: '✗ {{file}} : lecture impossible ({{reason}})',
  reasons: { notFound: 'fichier introuvable', isDirectory: 'c’est un dossier', other: 'erreur de lecture' },
  summary: '{{valid}} valide(s), {{invalid}} non valide(s)',
  unexpected: 'Une erreur est survenue : {{message}}',
  noBundle: 'Indiquez un fichier d’audit (LOT.json) à partir duquel produire le plan d’action.',
  badDate: 'La date « {{date}} » n’est pas une date valide au format AAAA-MM-JJ.',
  reportWritten: '✓ {{file}} : plan d’action pour {{locality}} ({{size}} ko)',
  cannotWrite: '✗ {{file}} : écriture impossible ({{reason}})',
  backupNotAudit_one: '✗ {{file}} : c’est une sauvegarde de {{count}} audit; imprimez le plan à partir du fichier de cet audit (aperçu → Exporter cet audit).',
  backupNotAudit_other: '✗ {{file}} : c’est une sauvegarde de {{count}} audits; imprimez chaque plan à partir du fichier de l’audit (aperçu → Exporter cet audit).',
  needsPassphrase: '✗ {{file}} : le fichier est protégé par une phrase de passe; donnez-la dans la variable d’environnement LSA_PASSPHRASE.',
  wrongPassphrase: '✗ {{file}} : LSA_PASSPHRASE n’ouvre pas ce fichier, ou le fichier a été modifié après son enregistrement.',
};
