export const trash = {
  title: 'Trash',
  intro: 'Audits in the trash keep all their answers until you delete them for good. Backups made earlier still contain them.',
  nothing: 'The trash is empty.',
  trashedOn: 'Moved to the trash {{when}}',
  restore: 'Restore {{locality}}',
  deleteForever: 'Delete for good',
  empty: 'Empty the trash',
  confirmPurgeTitle: 'Delete this audit for good?',
  confirmPurgeText: 'The audit of {{locality}}, its respondents, answers and action plan will be erased from this device. This cannot be undone. Copies in earlier backups or exports are not affected.',
  confirmEmptyTitle: 'Empty the trash?',
  confirmEmptyText: 'Every audit in the trash will be erased from this device, with all its answers. This cannot be undone. Copies in earlier backups or exports are not affected.',
};
