export const analysis = {
  title: 'Analysis',
};
