import type { Messages } from '../messages';

export const templates: Messages['templates'] = {
  title: 'Modèles de questionnaire',
  intro: 'Un modèle est un questionnaire : ses sections, ses questions et ses choix de réponse, en français et en anglais. L’application en fournit trois; vous pouvez ajouter les vôtres à partir d’un fichier JSON (voir docs/template-format.md).',
  shipped: 'Fournis avec l’application',
  imported: 'Ajoutés sur cet appareil',
  noneImported: 'Aucun modèle n’a été ajouté sur cet appareil.',
  kinds: { diagnostic: 'Diagnostic complet', 'rapid-scan': 'Balayage rapide', workshop: 'Atelier communautaire', other: 'Autre' },
  meta: '{{kind}} · version {{version}}',
  import: 'Ajouter un modèle à partir d’un fichier',
  chooseFile: 'Fichier du modèle (.json)',
  chooseFileHelp: 'Le fichier est vérifié avant tout enregistrement. Un fichier qui comporte des problèmes ne change rien.',
  checking: 'Vérification du fichier…',
  added: 'Le modèle « {{title}} » (version {{version}}) a été ajouté.',
  alreadyThere: 'Le modèle « {{title}} » (version {{version}}) se trouve déjà sur cet appareil.',
  versionExists: 'Un autre modèle portant l’identifiant « {{id}} » et la version {{version}} se trouve déjà sur cet appareil. Donnez au nouveau un numéro de version plus élevé.',
  rejected_one: '« {{file}} » ne peut pas être utilisé : {{count}} problème.',
  rejected_other: '« {{file}} » ne peut pas être utilisé : {{count}} problèmes.',
  tooLarge: '« {{file}} » est trop volumineux pour être un modèle.',
  unreadable: '« {{file}} » n’a pas pu être lu.',
  storeFull: 'Cet appareil n’a plus d’espace de stockage : le modèle n’a pas pu être enregistré. Rien n’a été modifié. Libérez de l’espace (exportez, puis supprimez d’anciens audits) et ajoutez le modèle de nouveau.',
  storeFailed: 'Le modèle n’a pas pu être enregistré sur cet appareil. Rien n’a été modifié. Réessayez ; si cela se reproduit, redémarrez le navigateur.',
};
