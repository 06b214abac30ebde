export const pwa = {
  updateReady: 'A new version of the app is ready. Your answers are saved; reload when it suits you.',
  reload: 'Reload now',
  offline: 'Offline',
  offlineDetail: 'No network: everything still works and is saved on this device.',
  lowSpace: 'Storage space is running low on this device.',
  seeSettings: 'See what to do',
  writeFailed: 'Could not save a change: {{message}}. Nothing saved before was lost.',
  quotaFailed: 'Could not save a change: this device is out of storage space. Nothing saved before was lost; free some space and try again.',
};
